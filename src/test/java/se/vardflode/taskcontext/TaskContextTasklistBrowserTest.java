package se.vardflode.taskcontext;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import se.vardflode.VardflodeTest;
import se.vardflode.patient.BrowserFixture;
import se.vardflode.security.StaffLogin;
import se.vardflode.security.StaffLogin.Webapp;

/**
 * Two clinicians at work in Tasklist in real Chromium (1366×800): the advice-line nurse finds the patient by name and
 * personnummer in her unit's list and opens the promised call-back to see whom to call; the PST psychologist opens her
 * assessment and sees the PHQ-9 total and band and the nurse's note. Screenshots in target/screenshots/task-context-*.
 */
@VardflodeTest
class TaskContextTasklistBrowserTest {

	static final String NURSE = "radgivning.erik";
	static final String PSYCHOLOGIST = "pst.lena";
	static final String TOLVAN = "19121212-1212";

	static BrowserFixture chromium;

	@LocalServerPort
	int port;
	@Autowired
	TestRestTemplate http;
	@Autowired
	RuntimeService runtimeService;
	@Autowired
	TaskService taskService;
	@Autowired
	ManagementService managementService;

	String triage;

	@BeforeAll
	static void startChromium() {
		chromium = BrowserFixture.start();
		// Tasklist loads its scripts, locale, filters and list one after the other; a build machine shared by several
		// builds takes tens of seconds
		PlaywrightAssertions.setDefaultAssertionTimeout(60_000);
	}

	@AfterAll
	static void stopChromium() {
		if (chromium != null) {
			chromium.close();
		}
	}

	@Test
	void the_advice_line_nurse_finds_the_patient_in_her_list_and_sees_whom_to_call() {
		OffsetDateTime promised = Instant.now().plus(Duration.ofHours(2)).atZone(ZoneId.of("Europe/Stockholm")).toOffsetDateTime().withNano(0);
		Map<String, Object> contact = contact();
		contact.put("callBackAt", promised.toString());
		contact.put("patientPhone", "070-123 45 67");
		triage = register(contact);

		try (BrowserContext desktop = chromium.browser.newContext(new Browser.NewContextOptions().setViewportSize(1366, 800))) {
			Page page = desktop.newPage();
			page.setDefaultTimeout(60_000);
			try {
				StaffLogin.logIn(page, baseUrl(), Webapp.TASKLIST, NURSE, "demo");
				page.navigate(baseUrl() + "/camunda/app/tasklist/");

				// She lands on her unit's filter; each card names the patient, her personnummer and the deadline
				assertThat(page.locator(".task-filters .item.active")).containsText("Min enhet – Rådgivningen");
				Locator callBack = page.locator("li.task").filter(new Locator.FilterOptions().setHasText("Ring upp patienten")).first();
				assertThat(callBack.getByText("Tolvan Tolvansson")).isVisible();
				assertThat(callBack.getByText(TOLVAN)).isVisible();
				assertThat(callBack.getByText(TaskContext.dayAndTime(java.util.Date.from(promised.toInstant())) + " – Utlovad återuppringning")).isVisible();
				Locator triageCard = page.locator("li.task").filter(new Locator.FilterOptions().setHasText("Bedöm kontakten")).first();
				assertThat(triageCard.getByText("Tolvan Tolvansson")).isVisible();
				assertThat(triageCard.getByText("Vårdgarantin: kontakt samma dag")).isVisible();
				page.screenshot(new Page.ScreenshotOptions().setPath(BrowserFixture.screenshot("task-context-tasklist-list")));

				// She opens the call-back: whom to call, on which number, what was promised and why she called
				callBack.locator("h4.task a").click();
				Locator form = page.locator(".task-card form, .task-card .fjs-form").first();
				assertThat(form).containsText("Tolvan Tolvansson, 19121212-1212, 113 år");
				assertThat(form).containsText("Ring: 070-123 45 67");
				assertThat(form).containsText("Utlovad tid: " + TaskContext.dayAndTime(java.util.Date.from(promised.toInstant())));
				assertThat(form).containsText("Nedstämd och sover dåligt");
				assertThat(page.getByText("Nådde du patienten?")).isVisible();
			}
			finally {
				page.screenshot(new Page.ScreenshotOptions().setPath(BrowserFixture.screenshot("task-context-call-back")).setFullPage(true));
			}
		}
	}

	@Test
	void the_pst_psychologist_sees_the_phq9_total_and_band_and_the_nurses_note() {
		triage = register(contact());
		String triageTask = taskService.createTaskQuery().processInstanceId(triage).singleResult().getId();
		taskService.complete(triageTask, Map.of("acuteSuicideRisk", "no", "assessment", "Låter trött och uppgiven. Sover 4 timmar per natt.",
				"mainProblem", "DEPRESSION", "sendPhq9", true, "sendGad7", false, "sendAudit", false, "sendDudit", false));
		ProcessInstance phq9 = runtimeService.createProcessInstanceQuery().superProcessInstanceId(triage).singleResult();
		managementService.createJobQuery().processInstanceId(phq9.getId()).list().forEach(job -> managementService.executeJob(job.getId()));
		Map<String, Object> answers = new HashMap<>();
		// 17: items 1–5 three points, item 6 two, items 7–9 none (no thoughts of self-harm)
		List.of(3, 3, 3, 3, 3, 2, 0, 0, 0).forEach(score -> answers.put("phq9_q" + (answers.size() + 1), String.valueOf(score)));
		taskService.complete(taskService.createTaskQuery().processInstanceId(phq9.getId()).singleResult().getId(), answers);
		String assessment = taskService.createTaskQuery().processInstanceId(triage).taskDefinitionKey("pstAssessment").singleResult().getId();

		try (BrowserContext desktop = chromium.browser.newContext(new Browser.NewContextOptions().setViewportSize(1366, 800))) {
			Page page = desktop.newPage();
			page.setDefaultTimeout(60_000);
			try {
				StaffLogin.logIn(page, baseUrl(), Webapp.TASKLIST, PSYCHOLOGIST, "demo");
				page.navigate(baseUrl() + "/camunda/app/tasklist/");
				assertThat(page.locator(".task-filters .item.active")).containsText("Min enhet – PST Södra Hälsingland");
				Locator card = page.locator("li.task").filter(new Locator.FilterOptions().setHasText("PST-bedömning")).first();
				assertThat(card.getByText("Tolvan Tolvansson")).isVisible();
				assertThat(card.locator(".variable-value").filter(new Locator.FilterOptions().setHasText(" – Vårdgarantin: bedömning inom 3 dagar")))
					.isVisible();

				card.locator("h4.task a").click();
				assertThat(page).hasURL(java.util.regex.Pattern.compile(".*task=" + assessment + ".*"));
				assertThat(page.getByText("PHQ-9: 17 – måttligt svår")).isVisible();
				Locator note = page.locator(".fjs-table-td").getByText("Låter trött och uppgiven. Sover 4 timmar per natt.");
				assertThat(note).isVisible();
				assertThat(page.locator(".fjs-table-td").getByText("Mer än hälften av dagarna (2 poäng)")).isVisible();
				assertThat(page.getByText("MODERATE")).hasCount(0);
				assertThat(page.getByText("NOT_ANSWERED")).hasCount(0);
			}
			finally {
				page.screenshot(new Page.ScreenshotOptions().setPath(BrowserFixture.screenshot("task-context-pst-assessment-tasklist")).setFullPage(true));
			}
		}
	}

	private Map<String, Object> contact() {
		Map<String, Object> contact = new HashMap<>();
		contact.put("personnummer", TOLVAN);
		contact.put("patientName", "Tolvan Tolvansson");
		contact.put("healthCentreUnitId", "vc-gavle");
		contact.put("channel", "PHONE");
		contact.put("contactReason", "Nedstämd och sover dåligt sedan i somras");
		contact.put("patientEmail", "tolvan@example.invalid");
		return contact;
	}

	private String register(Map<String, Object> contact) {
		@SuppressWarnings("rawtypes")
		ResponseEntity<Map> registered = http.withBasicAuth(NURSE, "demo").postForEntity("/api/triage-contacts", contact, Map.class);
		assertThat(registered.getStatusCode()).isEqualTo(HttpStatus.CREATED);
		return (String) registered.getBody().get("processInstanceId");
	}

	private String baseUrl() {
		return "http://localhost:" + port;
	}

}
