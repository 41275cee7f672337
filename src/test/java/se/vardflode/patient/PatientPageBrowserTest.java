package se.vardflode.patient;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.historyService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.repositoryService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;

import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import se.vardflode.VardflodeTest;
import se.vardflode.kernel.Personnummer;

/**
 * A patient on a phone-sized screen in real Chromium: logs in, opens her questionnaire (rendered by form-js), sends
 * it half done and sees what is missing, completes it and gets a confirmation. Screenshots in target/screenshots.
 */
@VardflodeTest
class PatientPageBrowserTest {

	static BrowserFixture chromium;

	@LocalServerPort
	int port;

	@BeforeAll
	static void startChromium() {
		chromium = BrowserFixture.start();
	}

	@AfterAll
	static void stopChromium() {
		if (chromium != null) {
			chromium.close();
		}
	}

	@Test
	void a_patient_completes_her_questionnaire_on_her_phone() {
		PatientTaskFixtures.deployQuestionnaire(repositoryService());
		ProcessInstance questionnaire = PatientTaskFixtures.questionnaireSentTo(runtimeService(), PatientTaskFixtures.TOLVAN,
				Instant.parse("2026-12-01T12:00:00Z"));

		try (BrowserContext phone = chromium.browser.newContext(new Browser.NewContextOptions().setViewportSize(390, 844).setLocale("sv-SE"))) {
			Page page = phone.newPage();
			page.navigate("http://localhost:" + port + "/patient/");
			assertThat(page).hasURL(java.util.regex.Pattern.compile(".*/patient/login$"));
			page.getByLabel("Personnummer").fill("19121212-1212");
			page.getByLabel("Lösenord").fill(PatientTaskFixtures.DEMO_PASSWORD);
			page.screenshot(new Page.ScreenshotOptions().setPath(BrowserFixture.screenshot("patient-1-login")).setFullPage(true));
			page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Logga in")).click();

			assertThat(page.getByText("Hej Tolvan Tolvansson!")).isVisible();
			assertThat(page.locator(".task")).containsText(PatientTaskFixtures.TASK_NAME);
			assertThat(page.locator(".task")).containsText("Från PST Södra Hälsingland");
			assertThat(page.locator(".task")).containsText("1 december 2026");
			page.screenshot(new Page.ScreenshotOptions().setPath(BrowserFixture.screenshot("patient-2-tasks")).setFullPage(true));

			page.getByText("Öppna").click();
			assertThat(page.getByLabel("Hur många timmar sover du en vanlig natt?")).isVisible();
			page.getByLabel("Vill du berätta något mer?").fill("Jag sover dåligt");
			page.locator("#send").click();

			assertThat(page.locator("#server-errors")).isVisible();
			assertThat(page.locator("#server-errors")).containsText("Hur har du mått den senaste veckan?: Fältet måste fyllas i.");
			assertThat(page.locator(".fjs-form-field-error").first()).isVisible();
			page.screenshot(new Page.ScreenshotOptions().setPath(BrowserFixture.screenshot("patient-3-field-errors")).setFullPage(true));

			// form-js marks a chosen option's label fjs-checked once its state has the value
			page.getByLabel("Varken bra eller dåligt").click();
			assertThat(page.locator("label.fjs-checked").filter(new com.microsoft.playwright.Locator.FilterOptions().setHasText("Varken bra"))).isVisible();
			page.getByLabel("Hur många timmar sover du en vanlig natt?").fill("6");
			// the fixed fields' errors go away (the layout moves up) before the next click
			assertThat(page.locator(".fjs-form-field-error")).hasCount(1);
			page.getByLabel("Sömn").click();
			assertThat(page.locator("label.fjs-checked").filter(new com.microsoft.playwright.Locator.FilterOptions().setHasText("Sömn"))).isVisible();
			page.getByLabel("Jag samtycker till att vårdenheten läser mina svar").click();
			page.locator("#send").click();

			assertThat(page.locator("#confirmation")).containsText("Tack! Dina svar");
			assertThat(page.getByText("Du har inga formulär att fylla i just nu.")).isVisible();
			page.screenshot(new Page.ScreenshotOptions().setPath(BrowserFixture.screenshot("patient-4-confirmation")).setFullPage(true));

			page.getByText("Logga ut").click();
			assertThat(page.getByText("Du är utloggad.")).isVisible();
		}

		HistoricTaskInstance task = historyService().createHistoricTaskInstanceQuery().processInstanceId(questionnaire.getId()).singleResult();
		assertThat(task.getDeleteReason()).isEqualTo("completed");
		Map<String, Object> answers = new HashMap<>();
		for (HistoricVariableInstance variable : historyService().createHistoricVariableInstanceQuery().processInstanceId(questionnaire.getId()).list()) {
			answers.put(variable.getName(), variable.getValue());
		}
		assertThat(answers).containsEntry("mood", "ok").containsEntry("sleepHours", 6).containsEntry("consent", true)
			.containsEntry("comment", "Jag sover dåligt");
		assertThat(answers.get("worries").toString()).isEqualTo("[\"sleep\"]");
	}

}
