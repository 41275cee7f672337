package se.vardflode.patient;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;

import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.ResponseEntity;

import se.vardflode.VardflodeTest;
import se.vardflode.security.StaffLogin;
import se.vardflode.security.StaffLogin.Webapp;
import se.vardflode.triage.CallBackFixtures;

/**
 * The staff side of the same forms: an advice-line nurse types her way into Camunda Tasklist in real Chromium, sees the Camunda
 * Form of her unit's call-back task rendered there, and completes a triage whose form shows the contact reason in its
 * task context — a text component and tables, which Tasklist's form-js (1.8.7) never submits, so the server's refusal of
 * any value that is not a field of the form never hits her. Screenshots in target/screenshots.
 */
@VardflodeTest
class StaffTasklistBrowserTest {

	static BrowserFixture chromium;

	static final String ADVICE_NURSE = "radgivning.erik";

	@LocalServerPort
	int port;
	@Autowired
	TestRestTemplate http;

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
	void an_advice_line_nurse_completes_a_triage_in_tasklist_which_does_not_submit_the_contact_reason_it_shows() {
		ResponseEntity<Map> registered = http.withBasicAuth(ADVICE_NURSE, "demo").postForEntity("/api/triage-contacts", Map.of(
				"personnummer", "19121212-1212", "healthCentreUnitId", "vc-gavle", "channel", "PHONE",
				"contactReason", "Nedstämd sedan i somras", "patientEmail", "tolvan@example.se"), Map.class);
		String triage = (String) registered.getBody().get("processInstanceId");
		String taskId = taskService().createTaskQuery().processInstanceId(triage).singleResult().getId();
		try (BrowserContext desktop = chromium.browser.newContext(new Browser.NewContextOptions().setViewportSize(1366, 900))) {
			Page page = loggedIntoTasklist(desktop, ADVICE_NURSE);
			page.navigate("http://localhost:" + port + "/camunda/app/tasklist/default/#/?task=" + taskId);
			try {
				page.getByText("Ta uppgiften").first().click();
				// the contact reason is shown as text in the task context, and is no field of the form
				assertThat(page.locator(".fjs-table-td").getByText("Nedstämd sedan i somras")).isVisible();
				assertThat(page.getByLabel("Kontaktorsak")).hasCount(0);
				page.getByLabel("Din bedömning (journalför som vanligt i journalsystemet)").fill("Bedömd i telefon, inte akut");
				// form-js draws its select as a display with a dropdown list under it
				page.locator(".fjs-form-field-select .fjs-select-display").click();
				page.locator(".fjs-dropdownlist-item").getByText("Nedstämdhet", new Locator.GetByTextOptions().setExact(true)).click();
				page.getByText("Nej", new Page.GetByTextOptions().setExact(true)).click();
				page.getByText("PHQ-9 (nedstämdhet)").click();
				page.getByText("Slutför", new Page.GetByTextOptions().setExact(true)).click();

				page.waitForCondition(() -> taskService().createTaskQuery().taskId(taskId).count() == 0,
						new Page.WaitForConditionOptions().setTimeout(30_000));
			}
			finally {
				page.screenshot(new Page.ScreenshotOptions().setPath(BrowserFixture.screenshot("staff-tasklist-triage-completed")).setFullPage(true));
			}
			org.assertj.core.api.Assertions.assertThat(runtimeService().getVariable(triage, "contactReason")).isEqualTo("Nedstämd sedan i somras");
			org.assertj.core.api.Assertions.assertThat(runtimeService().getVariable(triage, "triagedBy")).isEqualTo(ADVICE_NURSE);
		}
		finally {
			if (runtimeService().createProcessInstanceQuery().processInstanceId(triage).count() > 0) {
				runtimeService().deleteProcessInstance(triage, "test done");
			}
			runtimeService().createProcessInstanceQuery().superProcessInstanceId(triage).list()
				.forEach(questionnaire -> runtimeService().deleteProcessInstance(questionnaire.getId(), "test done"));
		}
	}

	@Test
	void an_advice_line_nurse_sees_the_call_back_form_in_tasklist() {
		ProcessInstance callBack = CallBackFixtures.adviceLinePromisesCallBack(runtimeService(), Instant.now(), Duration.ofHours(2));
		try (BrowserContext desktop = chromium.browser.newContext(new Browser.NewContextOptions().setViewportSize(1366, 900))) {
			Page page = loggedIntoTasklist(desktop, ADVICE_NURSE);
			page.navigate("http://localhost:" + port + "/camunda/app/tasklist/");

			try {
				// she lands on her unit's filter; clicking it again is harmless and makes the test independent of the landing order
				page.getByText("Min enhet – Rådgivningen").click();
				page.getByText("Ring upp patienten").first().click();
				assertThat(page.getByText("Nådde du patienten?")).isVisible(new com.microsoft.playwright.assertions.LocatorAssertions.IsVisibleOptions().setTimeout(30_000));
				assertThat(page.getByText("Nej, inget svar")).isVisible();
			}
			finally {
				page.screenshot(new Page.ScreenshotOptions().setPath(BrowserFixture.screenshot("staff-tasklist-call-back-form")).setFullPage(true));
			}
		}
		finally {
			runtimeService().deleteProcessInstance(callBack.getId(), "test done");
		}
	}

	/**
	 * Tasklist's AngularJS login form re-renders while it starts, which swallows typing in headless Chromium; the nurse
	 * logs in through the same login endpoint the form posts to, with the webapps' CSRF cookie and header.
	 */
	private Page loggedIntoTasklist(BrowserContext desktop, String user) {
		Page page = desktop.newPage();
		page.setDefaultTimeout(30_000);
		StaffLogin.logIn(page, "http://localhost:" + port, Webapp.TASKLIST, user, "demo");
		return page;
	}

}
