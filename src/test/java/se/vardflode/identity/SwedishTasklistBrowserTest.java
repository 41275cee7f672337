package se.vardflode.identity;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.authorizationService;

import java.util.Map;
import java.util.regex.Pattern;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.BoundingBox;

import org.camunda.bpm.engine.authorization.Resources;
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
 * The advice-line nurse works a triage contact in Tasklist in real Chromium, with the browser set to American English
 * as on the PC where the issue was seen: the Swedish texts, dates and landing filter come from the webapps'
 * configuration, not from the browser. Screenshots in target/screenshots.
 */
@VardflodeTest
class SwedishTasklistBrowserTest {

	static final String NURSE = "radgivning.erik";
	static final String ADVICE_LINE = "radgivning";
	static final String TRIAGE = "pst-triage";

	static BrowserFixture chromium;

	@LocalServerPort
	int port;
	@Autowired
	TestRestTemplate http;

	String triageInstanceId;

	@BeforeAll
	static void startChromium() {
		chromium = BrowserFixture.start();
		// Tasklist loads its scripts, locale and filters one after the other; on a busy build machine that takes seconds
		PlaywrightAssertions.setDefaultAssertionTimeout(30_000);
	}

	@AfterAll
	static void stopChromium() {
		if (chromium != null) {
			chromium.close();
		}
	}

	@Test
	void the_advice_line_nurse_works_a_triage_contact_in_a_swedish_tasklist() {
		// Given the advice line may not yet read the triage model (as before its first triage task), and a phone contact
		authorizationService().createAuthorizationQuery().groupIdIn(ADVICE_LINE).resourceType(Resources.PROCESS_DEFINITION)
			.resourceId(TRIAGE).list().forEach(grant -> authorizationService().deleteAuthorization(grant.getId()));
		triageInstanceId = registerPhoneContact();

		try (BrowserContext desktop = chromium.browser.newContext(new Browser.NewContextOptions().setViewportSize(1366, 800).setLocale("en-US"))) {
			Page page = desktop.newPage();
			page.setDefaultTimeout(30_000);
			String tasklist = "http://localhost:" + port + "/camunda/app/tasklist/";
			try {
				// When she opens Tasklist, it asks her to log in in Swedish
				page.navigate(tasklist);
				assertThat(page.locator("button[type=submit]")).hasText("Logga in");
				assertThat(page.getByPlaceholder("Användarnamn")).isVisible();
				page.screenshot(new Page.ScreenshotOptions().setPath(BrowserFixture.screenshot("tasklist-sv-login")));
				logIn(page, NURSE, Webapp.TASKLIST);
				page.navigate(tasklist);

				// Then she lands on her unit's filter, with the contact's task and its pathway's name on the card
				assertThat(page.locator(".task-filters .item.active")).containsText("Min enhet – Rådgivningen");
				Locator card = page.locator("li.task").filter(new Locator.FilterOptions().setHasText("Bedöm kontakten")).first();
				assertThat(card.locator(".process-definition")).hasText("Triage till PST");
				assertThat(card).containsText("Skapad");
				assertThat(page.locator(".ce-eol-banner")).isHidden();

				// and the date the task was created, as ÅÅÅÅ-MM-DD
				card.locator(".creation-date [am-time-ago]").hover();
				assertThat(page.locator(".tooltip-inner")).hasText(Pattern.compile("\\d{4}-\\d{2}-\\d{2} kl\\. \\d{2}:\\d{2}"));
				page.screenshot(new Page.ScreenshotOptions().setPath(BrowserFixture.screenshot("tasklist-sv-list")));

				// When she opens it, the buttons and tabs speak Swedish
				card.locator("h4.task a").click();
				assertThat(page.getByText("Ta uppgiften")).isVisible();
				assertThat(page.locator(".task-card .nav-tabs a")).hasText(new String[] { "Formulär", "Historik", "Diagram", "Beskrivning" });
				assertThat(page.locator("[cam-widget-header]")).containsText("Starta process");
				page.screenshot(new Page.ScreenshotOptions().setPath(BrowserFixture.screenshot("tasklist-sv-task")));

				// and the diagram tab draws the triage with her task in it
				page.locator(".nav-tabs a").filter(new Locator.FilterOptions().setHasText("Diagram")).click();
				assertThat(page.locator(".diagram-pane [data-element-id=triageContact]")).isVisible();
				assertThat(page.getByText("Det finns inget diagram")).isHidden();
				page.screenshot(new Page.ScreenshotOptions().setPath(BrowserFixture.screenshot("tasklist-sv-diagram")));

				// When she takes the task and sends it without choosing a questionnaire, which the server refuses
				page.getByText("Ta uppgiften").click();
				page.locator(".nav-tabs a").filter(new Locator.FilterOptions().setHasText("Formulär")).click();
				Locator complete = page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Slutför"));
				assertThat(complete).isVisible();
				assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Spara"))).isVisible();
				assertThat(page.locator(".task-card .assignee")).containsText("Erik Sjöberg");
				page.getByLabel("Din bedömning").fill("Bedömd i telefon");
				page.locator(".fjs-form-field-select .fjs-input-group").click();
				page.locator(".fjs-dropdownlist-item").filter(new Locator.FilterOptions().setHasText("Nedstämdhet")).click();
				page.getByLabel("Nej").check();
				complete.click();

				// Then the refusal is shown without covering the buttons she needs next
				Locator notice = page.locator(".page-notifications .alert-danger");
				assertThat(notice).containsText("Välj minst ett självskattningsformulär");
				page.screenshot(new Page.ScreenshotOptions().setPath(BrowserFixture.screenshot("tasklist-sv-refused")));
				assertThat(overlaps(notice.boundingBox(), complete.boundingBox())).as("the notice covers Slutför").isFalse();
				assertThat(overlaps(notice.boundingBox(), page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Spara")).boundingBox()))
					.as("the notice covers Spara").isFalse();
			}
			finally {
				page.screenshot(new Page.ScreenshotOptions().setPath(BrowserFixture.screenshot("tasklist-sv-last")).setFullPage(true));
			}
		}
	}

	@Test
	void cockpit_speaks_swedish_where_translated_to_a_swedish_browser_and_english_to_others() {
		String cockpit = "http://localhost:" + port + "/camunda/app/cockpit/";
		try (BrowserContext english = chromium.browser.newContext(new Browser.NewContextOptions().setLocale("en-US"))) {
			Page page = english.newPage();
			page.navigate(cockpit);
			assertThat(page.locator("button[type=submit]")).hasText("Log in");
		}
		try (BrowserContext swedish = chromium.browser.newContext(new Browser.NewContextOptions().setViewportSize(1366, 800).setLocale("sv-SE"))) {
			Page page = swedish.newPage();
			page.navigate(cockpit);
			assertThat(page.locator("button[type=submit]")).hasText("Logga in");
			logIn(page, "processagare", Webapp.COCKPIT);
			page.navigate(cockpit);
			try {
				// the navigation in Swedish, the rest in English rather than as bare keys
				assertThat(page.locator("[cam-widget-header]")).containsText("Processer");
				assertThat(page.locator("body")).containsText("Pågående processinstanser");
				assertThat(page.locator("body")).not().containsText("DASHBOARD_");
			}
			finally {
				page.screenshot(new Page.ScreenshotOptions().setPath(BrowserFixture.screenshot("cockpit-sv-dashboard")));
			}
		}
	}

	private static boolean overlaps(BoundingBox a, BoundingBox b) {
		return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
	}

	private String registerPhoneContact() {
		ResponseEntity<Map> created = http.withBasicAuth(NURSE, "demo").postForEntity("/api/triage-contacts", Map.of(
				"personnummer", "19121212-1212", "healthCentreUnitId", "vc-gavle", "channel", "PHONE",
				"contactReason", "Nedstämd och sover dåligt", "patientEmail", "patient@example.invalid"), Map.class);
		assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
		return (String) created.getBody().get("processInstanceId");
	}

	/** She types and clicks her way in, as a person does (the shared helper fails if the form takes no input). */
	private void logIn(Page page, String user, Webapp webapp) {
		StaffLogin.logIn(page, "http://localhost:" + port, webapp, user, "demo");
	}

}
