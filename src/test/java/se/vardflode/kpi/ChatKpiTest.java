package se.vardflode.kpi;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import se.vardflode.Jobs;
import se.vardflode.VardflodeTest;
import se.vardflode.patient.BrowserFixture;
import se.vardflode.security.StaffLogin;

/**
 * Six chats at two units over three months of 2024, run through the real chat-enrollment and chat-participant-consent
 * processes over the API with the engine clock moved, and every chat figure checked.
 */
@VardflodeTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ChatKpiTest {

	static final String PERIOD = "?from=2024-02&to=2024-04";
	static final String MOTHER = "19900315-1231";
	static final String PARTNER = "19950704-9873";
	static final String TEST_PATIENT = "19121212-1212";
	static final String YOUTH = "20080808-0808";
	/** Nineteen in 2024: within the youth clinic's ages (13-25). */
	static final String YOUNG_ADULT = "20050505-2381";

	@LocalServerPort
	int port;
	@Autowired
	TestRestTemplate http;
	@Autowired
	JdbcTemplate jdbc;

	final List<String> chatIds = new ArrayList<>();

	@BeforeAll
	void seedThreeMonthsOfChats() {
		ProcessSteps.at("2024-02-05T09:00:00Z");
		String staysOpen = enrollAtMvc(MOTHER, "2024-02-12");
		String extended = enrollAtMvc(TEST_PATIENT, "2024-02-06");
		String expires = enrollAtMvc(YOUTH, "2024-02-05");
		String closedByPatient = enrollAtUm(YOUTH);

		ProcessSteps.at("2024-03-05T09:00:00Z");
		close(closedByPatient, "PATIENT");
		ProcessSteps.at("2024-03-12T09:00:00Z");
		addPartnerWithConsent(staysOpen);
		ProcessSteps.at("2024-03-15T09:00:00Z");
		String closedByStaff = enrollAtUm(YOUTH);

		fireTimer(extended, "reminderDue");
		completeTask(extended, Map.of("chatDecision", "extend", "extensionMonths", "3", "extensionReason", "Uppföljning behövs"));
		fireTimer(expires, "reminderDue");
		fireTimer(expires, "chatExpires");
		ProcessSteps.at("2024-04-02T09:00:00Z");
		close(closedByStaff, "STAFF");
		ProcessSteps.at("2024-04-10T09:00:00Z");
		enrollAtUm(YOUNG_ADULT);
	}

	@AfterAll
	void removeTheChats() {
		for (String chatId : chatIds) {
			runtimeService().createProcessInstanceQuery().processInstanceBusinessKey(chatId).list()
				.forEach(instance -> runtimeService().deleteProcessInstance(instance.getId(), "test clean-up", true, true));
			jdbc.update("delete from chat_participant where chat_id = ?", chatId);
			jdbc.update("delete from chat_channel where id = ?", chatId);
		}
	}

	@Test
	void managers_see_every_chat_figure_per_unit_and_month() {
		assertThat(kpi("chef.ingrid", PERIOD + "&unitId=mvc-gavle")).containsExactly(
				row("mvc-gavle", "2024-02", 3, 3, 0, 0, 0, 0, 0, 0),
				row("mvc-gavle", "2024-03", 0, 3, 0, 0, 0, 0, 1, 1),
				row("mvc-gavle", "2024-04", 0, 2, 1, 0, 0, 1, 1, 0));
		assertThat(kpi("chef.ingrid", PERIOD + "&unitId=um-gavle")).containsExactly(
				row("um-gavle", "2024-02", 1, 1, 0, 0, 0, 0, 0, 0),
				row("um-gavle", "2024-03", 1, 1, 0, 0, 1, 0, 0, 0),
				row("um-gavle", "2024-04", 1, 1, 0, 1, 0, 0, 0, 0));
	}

	@Test
	void staff_see_their_own_unit_only() {
		assertThat(kpi("um.sara", PERIOD)).extracting(row -> row.get("unitId")).containsOnly("um-gavle");
		assertThat(http.withBasicAuth("bvc.karin", "demo")
			.getForEntity("/api/kpi/chats" + PERIOD + "&unitId=pst-sodra-halsingland", String.class).getStatusCode())
			.isEqualTo(HttpStatus.FORBIDDEN);
		assertThat(kpi("bvc.karin", PERIOD)).isEmpty();
	}

	@Test
	void the_dashboard_needs_a_staff_login() {
		assertThat(http.getForEntity("/kpi", String.class).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
		assertThat(http.withBasicAuth("bvc.karin", "demo").getForEntity("/kpi", String.class).getBody()).contains("<h1>Nyckeltal</h1>");
	}

	@Test
	void the_dashboard_draws_the_chats_in_chromium() {
		try (BrowserFixture chromium = BrowserFixture.start();
				BrowserContext laptop = chromium.browser.newContext(new Browser.NewContextOptions().setViewportSize(1366, 900)
					.setLocale("sv-SE"))) {
			Page page = laptop.newPage();
			StaffLogin.logIntoStaffPage(page, "http://localhost:" + port, "/kpi" + PERIOD, "chef.ingrid", "demo");

			assertThat(page.locator("body[data-loaded=true]")).hasCount(1);
			assertThat(page.locator("#status")).hasText("Period 2024-02 – 2024-04.");
			assertThat(page.locator("#unit option[value=mvc-gavle]")).hasCount(1);
			assertThat(page.locator("#unit option[value=um-gavle]")).hasCount(1);
			assertThat(page.locator("a.csv").first()).hasAttribute("href", "/api/kpi/chats.csv" + PERIOD);
			page.screenshot(new Page.ScreenshotOptions().setPath(BrowserFixture.screenshot("kpi-dashboard")).setFullPage(true));

			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Logga ut")).click();
			assertThat(page.getByText("Du är utloggad.")).isVisible();
		}
	}

	@Test
	void the_same_figures_as_csv_with_swedish_headings() {
		HttpHeaders headers = new HttpHeaders();
		headers.set(HttpHeaders.ACCEPT, "text/csv");
		ResponseEntity<String> csv = http.withBasicAuth("um.sara", "demo")
			.exchange("/api/kpi/chats" + PERIOD, HttpMethod.GET, new HttpEntity<>(headers), String.class);

		assertThat(csv.getBody()).isEqualTo("""
				Enhet;Månad;Startade chattar;Öppna vid månadens slut;Stängda när tiden gick ut;Stängda av personal;\
				Stängda av patient;Förlängda;Stänger inom 30 dagar;Tillagda vårdnadshavare eller partner;Enhetens namn
				um-gavle;2024-02;1;1;0;0;0;0;0;0;UM Gävle
				um-gavle;2024-03;1;1;0;0;1;0;0;0;UM Gävle
				um-gavle;2024-04;1;1;0;1;0;0;0;0;UM Gävle
				""");
	}

	private List<Map<String, Object>> kpi(String user, String query) {
		return KpiResponses.rows(http, user, "chats", query);
	}

	private static Map<String, Object> row(String unit, String month, Object... figures) {
		return KpiResponses.row(ChatKpis.COLUMNS, unit, month, figures);
	}

	private String enrollAtMvc(String mother, String dueDate) {
		return enroll("mvc.maria", Map.of("careType", "MVC", "unitId", "mvc-gavle", "personnummer", mother,
				"email", "gravid@example.se", "dueDate", dueDate));
	}

	private String enrollAtUm(String youth) {
		return enroll("um.sara", Map.of("careType", "UM", "unitId", "um-gavle", "personnummer", youth, "email", "ung@example.se"));
	}

	@SuppressWarnings("rawtypes")
	private String enroll(String user, Map<String, Object> enrollment) {
		ResponseEntity<Map> created = http.withBasicAuth(user, "demo").postForEntity("/api/enrollments", enrollment, Map.class);
		assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
		String chatId = (String) created.getBody().get("chatId");
		chatIds.add(chatId);
		Jobs.runAsyncContinuations(processInstance(chatId));
		return chatId;
	}

	private void close(String chatId, String closedBy) {
		ResponseEntity<String> closed = http.withBasicAuth("um.sara", "demo")
			.postForEntity("/api/chats/" + chatId + "/close", Map.of("closedBy", closedBy, "reason", "Klart"), String.class);
		assertThat(closed.getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
		Jobs.runAsyncContinuations(processInstance(chatId));
	}

	@SuppressWarnings("rawtypes")
	private void addPartnerWithConsent(String chatId) {
		ResponseEntity<Map> requested = http.withBasicAuth("mvc.maria", "demo")
			.postForEntity("/api/chats/" + chatId + "/participants", Map.of("personnummer", PARTNER, "email", "partner@example.se", "custodian", false), Map.class);
		assertThat(requested.getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
		String consent = (String) requested.getBody().get("processInstanceId");
		Jobs.runAsyncContinuations(consent);
		taskService().complete(taskService().createTaskQuery().processInstanceId(consent).singleResult().getId(), Map.of("consent", "yes"));
		Jobs.runAsyncContinuations(consent);
	}

	private void fireTimer(String chatId, String activityId) {
		new ProcessSteps(taskService(), managementService()).fireTimer(processInstance(chatId), activityId);
	}

	private void completeTask(String chatId, Map<String, Object> variables) {
		new ProcessSteps(taskService(), managementService()).complete(processInstance(chatId), null, variables);
	}

	private String processInstance(String chatId) {
		return jdbc.queryForObject("select process_instance_id from chat_channel where id = ?", String.class, chatId);
	}

}
