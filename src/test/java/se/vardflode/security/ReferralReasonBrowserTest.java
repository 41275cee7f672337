package se.vardflode.security;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;

import java.util.Map;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import se.vardflode.Jobs;
import se.vardflode.Mailbox;
import se.vardflode.VardflodeTest;
import se.vardflode.patient.BrowserFixture;
import se.vardflode.security.StaffLogin.Webapp;

/**
 * What a sender writes in a referral reaches the receiver as text: markdown for a phishing link and a tracking image
 * in the reason shows as written in psychiatry's Tasklist form, and neither link nor image is rendered (issue 15).
 */
@VardflodeTest
class ReferralReasonBrowserTest {

	static final String MARKDOWN = "Svår depressiv episod. [Logga in här](https://evil.example/login) ![](https://evil.example/spår.png)";

	final Mailbox mailbox = Mailbox.get();
	static BrowserFixture chromium;

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
	void markdown_in_a_referral_reason_shows_as_text_without_a_link_or_image() {
		@SuppressWarnings("rawtypes")
		ResponseEntity<Map> referral = http.withBasicAuth("vc.anders", "demo").postForEntity("/api/referrals", Map.ofEntries(
				Map.entry("personnummer", "19121212-1212"), Map.entry("patientEmail", "patient@example.invalid"),
				Map.entry("sendingUnitId", "vc-gavle"), Map.entry("direction", "PRIMARY_TO_PSYCHIATRY"), Map.entry("request", "TAKEOVER"),
				Map.entry("reason", MARKDOWN), Map.entry("diagnosisCode", "F32.2"), Map.entry("severity", "SEVERE"),
				Map.entry("suicideRisk", "MODERATE"), Map.entry("failedAntidepressantTrials", 1), Map.entry("failedPsychologicalTreatments", 0),
				Map.entry("psychoticSymptoms", false)), Map.class);
		assertThat(referral.getStatusCode()).isEqualTo(HttpStatus.CREATED);
		try (BrowserContext desktop = chromium.browser.newContext(new Browser.NewContextOptions().setViewportSize(1366, 900))) {
			desktop.setDefaultTimeout(30_000);
			Page page = desktop.newPage();
			try {
				StaffLogin.logIn(page, "http://localhost:" + port, Webapp.TASKLIST, "psykiatri.johan", "demo");
				String instance = (String) referral.getBody().get("processInstanceId");
				Jobs.runAsyncContinuations(instance);
				String task = taskService().createTaskQuery().processInstanceId(instance).taskDefinitionKey("assessReferral").singleResult().getId();
				page.navigate("http://localhost:" + port + "/camunda/app/tasklist/default/#/?task=" + task);

				// the reason is in the task's case block ("Ärendet"), as the text it is
				assertThat(page.getByText(MARKDOWN)).isVisible();
				assertThat(page.locator("a[href*='evil.example']")).hasCount(0);
				assertThat(page.locator("img[src*='evil.example']")).hasCount(0);
			}
			finally {
				page.screenshot(new Page.ScreenshotOptions().setPath(BrowserFixture.screenshot("referral-reason-as-text")).setFullPage(true));
			}
		}
		finally {
			runtimeService().deleteProcessInstance((String) referral.getBody().get("processInstanceId"), "test done");
		}
	}

}
