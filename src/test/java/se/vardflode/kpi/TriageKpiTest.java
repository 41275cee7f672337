package se.vardflode.kpi;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import se.vardflode.Jobs;
import se.vardflode.VardflodeTest;
import se.vardflode.patient.BrowserFixture;
import se.vardflode.security.StaffLogin;

/**
 * Nine contacts over three months of 2024 through the real pst-triage, patient-questionnaire, group-treatment and
 * promised-call-back processes, with the engine clock moved: three PST assessments (one after the care guarantee
 * passed), three patients in one anxiety school, one acute suicide risk, one missed call-back; every triage figure
 * checked, and a BVC nurse refused PST's figures.
 */
@VardflodeTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TriageKpiTest {

	static final String PERIOD = "?from=2024-02&to=2024-04";
	static final String PST = "pst-sodra-halsingland";
	static final String ADVICE_LINE = "radgivning";

	@Autowired
	TestRestTemplate http;
	@LocalServerPort
	int port;

	final List<String> contacts = new ArrayList<>();
	ProcessSteps steps;

	@BeforeAll
	void seedThreeMonthsOfContacts() {
		steps = new ProcessSteps(taskService(), managementService());
		ProcessSteps.at("2024-02-05T09:00:00Z");
		String nextDay = toPstAssessment(contact(null));
		ProcessSteps.at("2024-02-06T09:00:00Z");
		assessByPst(nextDay);

		ProcessSteps.at("2024-02-12T09:00:00Z");
		String late = toPstAssessment(contact(null));
		steps.fireTimer(late, "pstAssessmentOverdue");
		ProcessSteps.at("2024-02-19T09:00:00Z");
		assessByPst(late);

		ProcessSteps.at("2024-02-20T09:00:00Z");
		String twoDays = toPstAssessment(contact(null));
		ProcessSteps.at("2024-02-22T09:00:00Z");
		assessByPst(twoDays);

		List<String> anxious = new ArrayList<>();
		for (String day : List.of("2024-02-05", "2024-02-06", "2024-02-07")) {
			ProcessSteps.at(day + "T10:00:00Z");
			anxious.add(acceptsTheAnxietySchool(contact(null)));
		}
		ProcessSteps.at("2024-02-15T10:00:00Z");
		String group = taskService().createTaskQuery().processDefinitionKey("group-treatment").taskDefinitionKey("startGroup").singleResult()
			.getProcessInstanceId();
		steps.complete(group, "startGroup", Map.of("groupMeetingInfo", "Måndag kl. 15.00, länk i 1177"));
		anxious.forEach(patient -> Jobs.runAsyncContinuations(patient));

		ProcessSteps.at("2024-03-04T09:00:00Z");
		steps.complete(contact(null), "triageContact", triage("yes", false));
		ProcessSteps.at("2024-03-11T08:00:00Z");
		String callBack = contact("2024-03-11T10:00:00+01:00");
		steps.fireTimer(runtimeService().createProcessInstanceQuery().superProcessInstanceId(callBack).singleResult().getId(), "callBackTimePassed");

		ProcessSteps.at("2024-04-02T09:00:00Z");
		contact(null);
	}

	@AfterAll
	void removeTheContacts() {
		for (String contact : contacts) {
			if (runtimeService().createProcessInstanceQuery().processInstanceId(contact).count() > 0) {
				runtimeService().deleteProcessInstance(contact, "test clean-up", true, true);
			}
		}
	}

	@Test
	void managers_see_every_triage_figure_per_unit_and_month() {
		assertThat(kpi("chef.ingrid", PERIOD + "&unitId=" + PST)).containsExactly(
				row(PST, "2024-02", 6, 3, 2.0, 7.0, 66.7, 0, 0, 1, 3.0, 9.0),
				row(PST, "2024-03", 2, 0, null, null, null, 1, 0, 0, null, null),
				row(PST, "2024-04", 1, 0, null, null, null, 0, 0, 0, null, null));
		assertThat(kpi("chef.ingrid", PERIOD + "&unitId=" + ADVICE_LINE)).containsExactly(
				row(ADVICE_LINE, "2024-03", 0, 0, null, null, null, 0, 1, 0, null, null));
	}

	@Test
	void a_bvc_nurse_cannot_read_pst_figures() {
		assertThat(http.withBasicAuth("bvc.karin", "demo").getForEntity("/api/kpi/triage" + PERIOD + "&unitId=" + PST, String.class)
			.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
		assertThat(kpi("bvc.karin", PERIOD)).isEmpty();
		assertThat(kpi("pst.lena", PERIOD)).extracting(row -> row.get("unitId")).containsOnly(PST);
	}

	@Test
	void the_same_figures_as_csv_with_swedish_headings() {
		ResponseEntity<String> csv = http.withBasicAuth("pst.lena", "demo").getForEntity("/api/kpi/triage.csv" + PERIOD, String.class);

		assertThat(csv.getBody()).isEqualTo("""
				Enhet;Månad;Kontakter;PST-bedömningar;Median dagar till PST-bedömning;90:e percentil dagar till PST-bedömning;\
				Andel inom vårdgarantin (%);Suicidrisk till läkare samma dag;Missade återuppringningar;Startade grupper;\
				Median patienter per grupp;Median dagar i kö till grupp;Enhetens namn
				pst-sodra-halsingland;2024-02;6;3;2,0;7,0;66,7;0;0;1;3,0;9,0;PST Södra Hälsingland
				pst-sodra-halsingland;2024-03;2;0;;;;1;0;0;;;PST Södra Hälsingland
				pst-sodra-halsingland;2024-04;1;0;;;;0;0;0;;;PST Södra Hälsingland
				""");
	}

	@Test
	void the_dashboard_draws_contacts_and_the_care_guarantee_share_by_unit_name_in_chromium() {
		Map<String, Object> february = kpi("chef.ingrid", PERIOD + "&unitId=" + PST).get(0);
		try (BrowserFixture chromium = BrowserFixture.start();
				BrowserContext laptop = chromium.browser.newContext(new Browser.NewContextOptions().setViewportSize(1366, 900)
					.setLocale("sv-SE"))) {
			Page page = laptop.newPage();
			StaffLogin.logIntoStaffPage(page, "http://localhost:" + port, "/kpi" + PERIOD, "chef.ingrid", "demo");
			assertThat(page.locator("body[data-loaded=true]")).hasCount(1);

			assertThat(page.locator("#unit option[value=" + PST + "]")).hasText("PST Södra Hälsingland");
			Locator contacts = figures(page, "triage-contacts");
			assertThat(contacts.locator("thead th").nth(1)).hasText("2024-02");
			assertThat(contacts.locator("tr", new Locator.LocatorOptions().setHas(page.getByText("PST Södra Hälsingland")))
				.locator("td").first()).hasText(String.valueOf(february.get("contacts")));
			Locator share = figures(page, "care-guarantee");
			assertThat(share.locator("tr", new Locator.LocatorOptions().setHas(page.getByText("PST Södra Hälsingland")))
				.locator("td").first()).hasText(String.valueOf(february.get("shareWithinCareGuarantee")).replace('.', ',') + " %");
			assertThat(page.locator("details.figures th[scope=row]").getByText(PST)).hasCount(0);
			page.screenshot(new Page.ScreenshotOptions().setPath(BrowserFixture.screenshot("kpi-dashboard-triage")).setFullPage(true));
		}
	}

	@Test
	void a_single_month_is_drawn_with_its_figures() {
		try (BrowserFixture chromium = BrowserFixture.start();
				BrowserContext laptop = chromium.browser.newContext(new Browser.NewContextOptions().setViewportSize(1366, 900)
					.setLocale("sv-SE"))) {
			Page page = laptop.newPage();
			StaffLogin.logIntoStaffPage(page, "http://localhost:" + port, "/kpi?from=2024-02&to=2024-02", "chef.ingrid", "demo");
			assertThat(page.locator("body[data-loaded=true]")).hasCount(1);

			assertThat(figures(page, "pst-waiting").locator("thead th")).hasCount(2);
			page.screenshot(new Page.ScreenshotOptions().setPath(BrowserFixture.screenshot("kpi-dashboard-one-month")).setFullPage(true));
		}
	}

	/** The figures under a chart, opened as a person opens them. */
	private static Locator figures(Page page, String chartId) {
		Locator details = page.locator("section:has(#" + chartId + ") details.figures");
		details.locator("summary").click();
		return details;
	}

	private List<Map<String, Object>> kpi(String user, String query) {
		return KpiResponses.rows(http, user, "triage", query);
	}

	private static Map<String, Object> row(String unit, String month, Object... figures) {
		return KpiResponses.row(TriageKpis.COLUMNS, unit, month, figures);
	}

	@SuppressWarnings("rawtypes")
	private String contact(String callBackAt) {
		Map<String, Object> contact = new HashMap<>(Map.of("personnummer", "19121212-1212", "healthCentreUnitId", "vc-gavle",
				"channel", "PHONE", "contactReason", "Nedstämd sedan i höstas", "patientEmail", "tolvan@example.se"));
		if (callBackAt != null) {
			contact.put("callBackAt", callBackAt);
		}
		ResponseEntity<Map> created = http.withBasicAuth("radgivning.erik", "demo").postForEntity("/api/triage-contacts", contact, Map.class);
		assertThat(created.getStatusCode()).as("%s", created.getBody()).isEqualTo(HttpStatus.CREATED);
		String instance = (String) created.getBody().get("processInstanceId");
		contacts.add(instance);
		Jobs.runAsyncContinuations(instance);
		return instance;
	}

	/** The nurse sends PHQ-9 and the patient answers a total of 12 without item 9: moderate, so PST assesses. */
	private String toPstAssessment(String contact) {
		steps.complete(contact, "triageContact", triage("no", true));
		answer(contact, "phq9_q", 9, 4);
		return contact;
	}

	/** GAD-7 11 with anxiety as the main problem: the table routes her to the anxiety school, which she accepts. */
	private String acceptsTheAnxietySchool(String contact) {
		steps.complete(contact, "triageContact", Map.of("acuteSuicideRisk", "no", "assessment", "Bedömd i telefon", "mainProblem",
				"ANXIETY", "sendPhq9", false, "sendGad7", true, "sendAudit", false, "sendDudit", false));
		answer(contact, "gad7_q", 7, 4);
		steps.complete(contact, "offerGroupTreatment", Map.of("groupOfferOutcome", "ACCEPTED"));
		return contact;
	}

	/** The patient answers the one questionnaire sent to her: items 1 to {@code high} at 3, the rest 0. */
	private void answer(String contact, String keyPrefix, int items, int high) {
		String questionnaire = runtimeService().createProcessInstanceQuery().superProcessInstanceId(contact).singleResult().getId();
		Jobs.runAsyncContinuations(questionnaire);
		Map<String, Object> answers = new HashMap<>();
		for (int item = 1; item <= items; item++) {
			answers.put(keyPrefix + item, item <= high ? "3" : "0");
		}
		steps.complete(questionnaire, null, answers);
		Jobs.runAsyncContinuations(contact);
	}

	private void assessByPst(String contact) {
		steps.complete(contact, "pstAssessment", Map.of("pstDecision", "INDIVIDUAL_TREATMENT", "pstNote", "Samtalsbehandling"));
	}

	private static Map<String, Object> triage(String acuteSuicideRisk, boolean phq9) {
		return Map.of("acuteSuicideRisk", acuteSuicideRisk, "assessment", "Bedömd i telefon", "mainProblem", "DEPRESSION",
				"sendPhq9", phq9, "sendGad7", false, "sendAudit", false, "sendDudit", false);
	}

}
