package se.vardflode.taskcontext;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;

import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import se.vardflode.patient.BrowserFixture;
import se.vardflode.patient.CasePatient;
import se.vardflode.kernel.PatientName;
import se.vardflode.kernel.Personnummer;

/**
 * Every form in {@code forms/}, rendered by the real form-js 1.8.7 (the version Camunda 7.24 Tasklist renders with,
 * from the patient page's npm build) in headless Chromium with a test patient's task context as the engine writes it:
 * each staff form (a form of a task with candidate groups) shows its header with the patient's name, personnummer and
 * age, the sender, the deadline and the findings, and the case's texts as plain text; a patient's form shows none of
 * it. Screenshots in target/screenshots/task-context-*.png.
 */
class TaskContextFormsBrowserTest {

	static final Path FORM_JS = Path.of("src/main/frontend/node_modules/@bpmn-io/form-js");
	/** Markdown for a link and an image where a free text goes: shown as written, never rendered. */
	static final String MARKDOWN = "Ring mig [här](https://evil.example/login) ![](https://evil.example/spår.png)";
	static final ObjectMapper JSON = new ObjectMapper();

	static BrowserFixture chromium;
	static BrowserContext desktop;
	/** One page with form-js loaded, each form rendered into it in turn. */
	static Page page;

	@BeforeAll
	static void startChromium() throws IOException {
		assertThat(JSON.readTree(FORM_JS.resolve("package.json").toFile()).path("version").asText())
			.as("the form-js that Camunda 7.24 Tasklist renders with").isEqualTo("1.8.7");
		chromium = BrowserFixture.start();
		desktop = chromium.browser.newContext(new Browser.NewContextOptions().setViewportSize(1000, 900));
		page = desktop.newPage();
		page.setContent("<!doctype html><html lang=\"sv\"><head><meta charset=\"utf-8\"></head><body><div id=\"form\"></div></body></html>");
		page.addStyleTag(new Page.AddStyleTagOptions().setPath(FORM_JS.resolve("dist/assets/form-js.css")));
		page.addScriptTag(new Page.AddScriptTagOptions().setPath(FORM_JS.resolve("dist/form-viewer.umd.js")));
	}

	@AfterAll
	static void stopChromium() {
		if (chromium != null) {
			page.close();
			desktop.close();
			chromium.close();
		}
	}

	static Stream<String> staffForms() throws IOException {
		return staffFormIds().stream();
	}

	static Stream<String> patientForms() throws IOException {
		Set<String> staff = staffFormIds();
		return allFormIds().stream().filter(form -> !staff.contains(form));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("staffForms")
	void a_staff_form_shows_its_header_with_the_patients_data_and_her_case_as_text(String formId) throws IOException {
		render(formId, testPatientsContext());
		try {
			assertThat(page.getByText("Tolvan Tolvansson, 19121212-1212, 113 år")).isVisible();
			assertThat(page.getByText("Från: Rådgivningen")).isVisible();
			assertThat(page.getByText("Tidsgräns: Vårdgarantin: bedömning inom 3 dagar, förfaller 2026-11-30 10:00")).isVisible();
			assertThat(page.getByText("PHQ-9: 17 – måttligt svår")).isVisible();
			assertThat(page.getByText("GAD-7: ej besvarat")).isVisible();
			// a finding in the header, a text in "Ärendet" and one in "Förlopp": each as written
			assertThat(page.locator(".fjs-form-field-text").first()).containsText("Ring: " + MARKDOWN);
			assertThat(page.locator(".fjs-table-td").getByText(MARKDOWN, new Locator.GetByTextOptions().setExact(true))).hasCount(2);
			assertThat(page.locator(".fjs-table-td").getByText("Nästan varje dag (3 poäng)")).isVisible();
			assertThat(page.locator(".fjs-table-td").getByText("Remissen returnerad (Psykiatri Gävleborg, psykiatri.johan)")).isVisible();
			assertThat(page.locator("a[href*='evil.example']")).hasCount(0);
			assertThat(page.locator("img[src*='evil.example']")).hasCount(0);
		}
		finally {
			page.screenshot(new Page.ScreenshotOptions().setPath(BrowserFixture.screenshot("task-context-" + formId)).setFullPage(true));
		}
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("staffForms")
	void every_staff_form_has_the_same_context_block_at_its_top(String formId) throws IOException {
		assertThat(contextBlock(formId)).as("the context block of %s, as in call-back-outcome", formId)
			.isEqualTo(contextBlock("call-back-outcome")).isNotEmpty();
		assertThat(form(formId).path("components").get(0).path("id").asText()).isEqualTo("taskContextHeader");
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("patientForms")
	void a_patients_form_has_no_staff_context(String formId) throws IOException {
		assertThat(contextBlock(formId)).isEmpty();
		assertThat(Files.readString(formPath(formId))).doesNotContain("taskContext");
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("staffForms")
	void a_task_from_before_the_context_says_where_to_look_instead_of_an_empty_header(String formId) throws IOException {
		render(formId, JSON.createObjectNode());

		assertThat(page.getByText("Uppgiften skapades innan Vårdflöde visade patientens uppgifter här. Se patientens journal.")).isVisible();
		assertThat(page.locator(".fjs-form-field-table")).hasCount(0);
	}

	/** The task context the engine writes for a PST assessment of the demo patient, with markdown where free text goes. */
	static ObjectNode testPatientsContext() throws IOException {
		TaskContext context = new TaskContext().fromUnit("radgivning").deadline("Vårdgarantin: bedömning inom 3 dagar")
			.finding("PHQ-9", "17 – måttligt svår").finding("GAD-7", "ej besvarat").finding("Ring", MARKDOWN)
			.text("Kontaktorsak", MARKDOWN).text("Sjuksköterskans bedömning", "Trött och nedstämd.\nInte akut.")
			.answer("PHQ-9", "1. Lite intresse eller glädje i att göra saker", "Nästan varje dag (3 poäng)");
		CasePatient tolvan = new CasePatient(Personnummer.parse("19121212-1212"), Optional.of(PatientName.parse("Tolvan Tolvansson")));
		List<StoredCaseHistory.Stored> history = List.of(new StoredCaseHistory.Stored("2026-11-25T08:00:00Z", "Psykiatri Gävleborg",
				"psykiatri.johan", "Remissen returnerad", MARKDOWN));
		Object json = TaskContextVariables.of(context, history, Optional.of(tolvan), Date.from(Instant.parse("2026-11-30T09:00:00Z")),
				unitId -> "radgivning".equals(unitId) ? "Rådgivningen" : unitId, LocalDate.of(2026, 11, 27))
			.get(TaskContextVariables.TASK_CONTEXT).getValue();
		ObjectNode data = JSON.createObjectNode();
		data.set(TaskContextVariables.TASK_CONTEXT, JSON.readTree(json.toString()));
		return data;
	}

	/** Renders the form into the page in place of the one before, as Tasklist does when a task is opened. */
	private static void render(String formId, JsonNode data) throws IOException {
		page.evaluate("async ([schema, data]) => { if (window.shown) { window.shown.destroy(); }"
				+ " window.shown = new FormViewer.Form({ container: document.getElementById('form') });"
				+ " await window.shown.importSchema(JSON.parse(schema), JSON.parse(data)); }", List.of(Files.readString(formPath(formId)), data.toString()));
		page.waitForSelector(".fjs-form");
	}

	private static List<JsonNode> contextBlock(String formId) throws IOException {
		List<JsonNode> block = new ArrayList<>();
		form(formId).path("components").forEach(component -> {
			if (component.path("id").asText().startsWith("taskContext")) {
				block.add(component);
			}
		});
		return block;
	}

	private static JsonNode form(String formId) throws IOException {
		return JSON.readTree(formPath(formId).toFile());
	}

	private static Path formPath(String formId) {
		return Path.of("forms", formId + ".form");
	}

	private static Set<String> allFormIds() throws IOException {
		try (Stream<Path> files = Files.list(Path.of("forms"))) {
			return files.map(file -> file.getFileName().toString()).filter(name -> name.endsWith(".form"))
				.map(name -> name.substring(0, name.length() - ".form".length())).collect(java.util.stream.Collectors.toCollection(TreeSet::new));
		}
	}

	/** The forms of the models' staff tasks: user tasks with candidate groups. */
	private static Set<String> staffFormIds() throws IOException {
		Set<String> forms = new TreeSet<>();
		try (Stream<Path> models = Files.list(Path.of("processes"))) {
			for (Path model : models.filter(file -> file.toString().endsWith(".bpmn")).toList()) {
				Bpmn.readModelFromFile(model.toFile()).getModelElementsByType(UserTask.class).stream()
					.filter(task -> task.getCamundaCandidateGroups() != null && task.getCamundaFormRef() != null)
					.forEach(task -> forms.add(task.getCamundaFormRef()));
			}
		}
		assertThat(forms).isNotEmpty();
		return forms;
	}

}
