package se.vardflode.patient;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import se.vardflode.security.StaffLogin;
import se.vardflode.security.StaffLogin.Webapp;
import se.vardflode.triage.CallBackFixtures;

/**
 * The staff side of the same forms: an advice-line nurse types her way into Camunda Tasklist in real Chromium and sees
 * the Camunda Form of her unit's call-back task rendered there. Screenshot in target/screenshots.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class StaffTasklistBrowserTest {

	static BrowserFixture chromium;

	@LocalServerPort
	int port;
	@Autowired
	RuntimeService runtimeService;

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
	void an_advice_line_nurse_sees_the_call_back_form_in_tasklist() {
		ProcessInstance callBack = CallBackFixtures.adviceLinePromisesCallBack(runtimeService, Instant.now(), Duration.ofHours(2));
		try (BrowserContext desktop = chromium.browser.newContext(new Browser.NewContextOptions().setViewportSize(1366, 900))) {
			Page page = desktop.newPage();
			page.setDefaultTimeout(30_000);
			StaffLogin.logIn(page, "http://localhost:" + port, Webapp.TASKLIST, "radgivning.erik", "demo");

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
			runtimeService.deleteProcessInstance(callBack.getId(), "test done");
		}
	}

}
