package se.vardflode.patient;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FormData;
import com.microsoft.playwright.options.RequestOptions;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import se.vardflode.triage.CallBackFixtures;

/**
 * The staff side of the same forms: an advice-line nurse logs into Camunda Tasklist in real Chromium and sees the
 * Camunda Form of her unit's call-back task rendered there. Screenshot in target/screenshots.
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
			String tasklist = "http://localhost:" + port + "/camunda/app/tasklist/";
			// Tasklist's AngularJS login form re-renders while it starts, which swallows typing in headless Chromium; the
			// nurse logs in through the same login endpoint the form posts to, with the webapps' CSRF cookie and header
			assertThat(page.request().get(tasklist)).isOK();
			String xsrf = desktop.cookies().stream().filter(cookie -> cookie.name.equals("XSRF-TOKEN")).findFirst().orElseThrow().value;
			assertThat(page.request().post("http://localhost:" + port + "/camunda/api/admin/auth/user/default/login/tasklist",
					RequestOptions.create().setHeader("X-XSRF-TOKEN", xsrf)
						.setForm(FormData.create().set("username", "radgivning.erik").set("password", "demo")))).isOK();
			page.navigate(tasklist);

			try {
				// "Mina uppgifter" (assigned to me) comes first; the unit's open tasks are in the unit's filter
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
