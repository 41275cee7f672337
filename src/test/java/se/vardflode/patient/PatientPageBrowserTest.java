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
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import se.vardflode.Jobs;
import se.vardflode.VardflodeTest;
import se.vardflode.kernel.PatientAssignee;

/**
 * A patient on a phone-sized screen in real Chromium: logs in, opens her questionnaire (rendered by form-js), sends
 * it half done and sees what is missing, completes it and gets a confirmation; told of a PHQ-9 by a message, reads it
 * in her inbox and answers the questionnaire it names. axe-core on every page; screenshots in target/screenshots.
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
			Axe.assertNoViolations(page, "the login page");
			page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Logga in")).click();

			assertThat(page.getByText("Hej Tolvan Tolvansson!")).isVisible();
			assertThat(page.locator(".task")).containsText(PatientTaskFixtures.FORM_TITLE);
			assertThat(page.locator(".task")).containsText("Från PST Södra Hälsingland");
			assertThat(page.locator(".task")).containsText("1 december 2026");
			Axe.assertNoViolations(page, "the task list");
			page.screenshot(new Page.ScreenshotOptions().setPath(BrowserFixture.screenshot("patient-2-tasks")).setFullPage(true));

			page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Öppna " + PatientTaskFixtures.FORM_TITLE)).click();
			assertThat(page.getByLabel("Hur många timmar sover du en vanlig natt?")).isVisible();
			page.getByLabel("Vill du berätta något mer?").fill("Jag sover dåligt");
			page.locator("#send").click();

			assertThat(page.locator("#server-errors")).isVisible();
			assertThat(page.locator("#server-errors")).containsText("Fältet måste fyllas i: Hur har du mått den senaste veckan?");
			assertThat(page.locator(".fjs-form-field-error").first()).isVisible();
			Axe.assertNoViolations(page, "the form with its errors");
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
			Axe.assertNoViolations(page, "the confirmation");
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

	@Test
	void a_patient_reads_her_new_message_and_answers_the_phq9_it_tells_her_about() {
		// the advice line sends Lova a PHQ-9: the pathway's own call activity, its mail task run as the job executor would
		ProcessInstance questionnaire = runtimeService().startProcessInstanceByKey("patient-questionnaire", Map.of("questionnaireForm", "phq-9",
				"patientReference", PatientAssignee.of(PatientTaskFixtures.LOVA), "patientEmail", "lova@example.invalid", "unitId", "radgivning"));
		Jobs.runAsyncContinuations(questionnaire.getId());
		try (BrowserContext phone = chromium.browser.newContext(new Browser.NewContextOptions().setViewportSize(390, 844).setLocale("sv-SE"))) {
			Page page = phone.newPage();
			page.navigate("http://localhost:" + port + "/patient/");
			page.getByLabel("Personnummer").fill(PatientTaskFixtures.LOVA.formatted());
			page.getByLabel("Lösenord").fill(PatientTaskFixtures.DEMO_PASSWORD);
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Logga in")).click();

			assertThat(page.locator("#messages-heading")).containsText("1 oläst");
			Locator unread = page.locator(".inbox li.unread");
			assertThat(unread).hasCount(1);
			assertThat(unread).containsText("Oläst: Du har fått ett formulär från Rådgivningen");
			assertThat(unread).containsText("Från Rådgivningen");
			assertThat(page.locator(".task h3")).hasText("PHQ-9 – frågor om nedstämdhet");
			Axe.assertNoViolations(page, "the inbox with an unread message");
			page.screenshot(new Page.ScreenshotOptions().setPath(BrowserFixture.screenshot("patient-inbox-1-unread")).setFullPage(true));

			unread.getByRole(AriaRole.LINK).click();
			assertThat(page.locator(".message-text h2")).hasText("Du har fått ett formulär från Rådgivningen");
			assertThat(page.locator(".message-text")).containsText("Du hittar det under ”Att fylla i”");
			Axe.assertNoViolations(page, "an opened message");
			page.screenshot(new Page.ScreenshotOptions().setPath(BrowserFixture.screenshot("patient-inbox-2-message")).setFullPage(true));

			page.getByText("← Tillbaka").click();
			assertThat(page.locator(".inbox li.read")).hasCount(1);
			assertThat(page.locator("#messages-heading")).not().containsText("oläst");

			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Öppna PHQ-9 – frågor om nedstämdhet")).click();
			assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("PHQ-9 – frågor om nedstämdhet"))).hasCount(1);
			page.locator("#send").click();

			Locator summary = page.locator("#server-errors");
			assertThat(summary).containsText("Fältet måste fyllas i: fråga 1, fråga 2, fråga 3, fråga 4, fråga 5, fråga 6, fråga 7, fråga 8, fråga 9");
			// nine unanswered items in a few lines, not a screenful, on a 390 × 844 phone
			assertThat(summary.boundingBox().height).isLessThan(200);
			Axe.assertNoViolations(page, "the PHQ-9 refused");
			page.screenshot(new Page.ScreenshotOptions().setPath(BrowserFixture.screenshot("patient-inbox-3-phq9-error-summary")));
			summary.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("fråga 3")).click();
			assertThat(page.locator(":focus")).hasAttribute("id", java.util.regex.Pattern.compile(".*-phq9Q3Field-0$"));

			for (int item = 1; item <= 9; item++) {
				page.locator("[id$='-phq9Q" + item + "Field-0']").check();
			}
			page.locator("#send").click();
			assertThat(page.locator("#confirmation")).hasText("Tack! Dina svar på ”PHQ-9 – frågor om nedstämdhet” är skickade till Rådgivningen.");
			page.screenshot(new Page.ScreenshotOptions().setPath(BrowserFixture.screenshot("patient-inbox-4-phq9-sent")).setFullPage(true));
		}
		assertThat(historyService().createHistoricVariableInstanceQuery().processInstanceId(questionnaire.getId()).variableName("phq9_q9")
			.singleResult().getValue()).isEqualTo("0");
	}

}
