package se.vardflode.kpi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

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

import se.vardflode.EngineClock;
import se.vardflode.VardflodeTest;
import se.vardflode.Jobs;

/**
 * Four referrals over three months and three units, run through the real process with the engine clock moved, and
 * every figure of the referral KPIs checked.
 */
@VardflodeTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReferralKpiTest {

	static final String PERIOD = "?from=2025-03&to=2025-05";

	@Autowired
	TestRestTemplate http;

	@BeforeAll
	void seedThreeMonthsOfReferrals() {
		String first = send("vc.anders", "vc-gavle", "PRIMARY_TO_PSYCHIATRY", "MODERATE", at("2025-03-10"));
		complete(first, "assessReferral", at("2025-03-14"), Map.of("assessment", "ACCEPT"));
		fireTimer(first, "careGuaranteeWarningDue", at("2025-05-14"));
		fireTimer(first, "careGuaranteeBreachDue", at("2025-06-13"));

		String second = send("vc.anders", "vc-gavle", "PRIMARY_TO_PSYCHIATRY", "MODERATE", at("2025-03-20"));
		complete(second, "assessReferral", at("2025-03-21"), Map.of("assessment", "RETURN", "returnReason", "Komplettera"));
		complete(second, "reviseReferral", at("2025-03-24"), Map.of("revision", "RESEND", "revisionNote", "Kompletterad"));
		complete(second, "assessReferral", at("2025-03-30"), Map.of("assessment", "ACCEPT"));

		String urgent = send("vc.anders", "vc-gavle", "PRIMARY_TO_PSYCHIATRY", "HIGH", at("2025-04-05"));
		complete(urgent, "contactReceiverByPhone", at("2025-04-05"), Map.of("acuteContactNote", "Akuten tar emot i dag"));
		complete(urgent, "assessReferral", at("2025-04-06"), Map.of("assessment", "ACCEPT"));

		String back = send("psykiatri.johan", "psykiatri-gavleborg", "PSYCHIATRY_TO_PRIMARY", "LOW", at("2025-05-02"));
		complete(back, "assessReferral", at("2025-05-03"), Map.of("assessment", "RETURN", "returnReason", "Oklar uppföljning"));
		complete(back, "reviseReferral", at("2025-05-05"), Map.of("revision", "RESEND", "revisionNote", "Förtydligad"));
		complete(back, "assessReferral", at("2025-05-06"), Map.of("assessment", "RETURN", "returnReason", "Fortfarande oklart"));
		complete(back, "consultationSendingUnit", at("2025-05-08"), Map.of("sendingUnitProposal", "RECEIVING", "sendingUnitPosition", "Vi har lämnat"));
		complete(back, "consultationReceivingUnit", at("2025-05-12"), Map.of("responsibleUnit", "RECEIVING", "consultationNote", "VC tar över"));
	}

	@AfterAll
	void resetClock() {
	}

	@Test
	void managers_see_every_figure_per_unit_and_month() {
		List<Map<String, Object>> rows = kpi("chef.ingrid", PERIOD);

		assertThat(rows).containsExactlyInAnyOrder(
				row("psykiatri-akut-gavle", "2025-04", 0, 0, 1, 0, 0, 1.0, 0, 0),
				row("psykiatri-gavleborg", "2025-03", 0, 0, 2, 1, 0, 7.0, 1, 1),
				row("psykiatri-gavleborg", "2025-05", 0, 1, 0, 0, 0, null, 0, 0),
				row("vc-gavle", "2025-03", 2, 0, 0, 0, 0, null, 0, 0),
				row("vc-gavle", "2025-04", 1, 0, 0, 0, 0, null, 0, 0),
				row("vc-gavle", "2025-05", 0, 0, 1, 1, 1, 10.0, 0, 0));
	}

	@Test
	void staff_see_their_own_unit_only() {
		assertThat(kpi("vc.anders", PERIOD)).extracting(row -> row.get("unitId")).containsOnly("vc-gavle");
		ResponseEntity<String> other = http.withBasicAuth("bvc.karin", "demo")
			.getForEntity("/api/kpi/referrals" + PERIOD + "&unitId=psykiatri-gavleborg", String.class);
		assertThat(other.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
	}

	@Test
	void the_same_figures_as_csv_with_swedish_headings() {
		HttpHeaders headers = new HttpHeaders();
		headers.set(HttpHeaders.ACCEPT, "text/csv");
		ResponseEntity<String> csv = http.withBasicAuth("processagare", "demo")
			.exchange("/api/kpi/referrals" + PERIOD + "&unitId=psykiatri-gavleborg", HttpMethod.GET, new HttpEntity<>(headers), String.class);
		ResponseEntity<String> suffix = http.withBasicAuth("processagare", "demo")
			.getForEntity("/api/kpi/referrals.csv" + PERIOD + "&unitId=psykiatri-gavleborg", String.class);

		assertThat(csv.getHeaders().getContentType().toString()).startsWith("text/csv");
		assertThat(csv.getBody()).isEqualTo(suffix.getBody()).isEqualTo("""
				Enhet;Månad;Skickade till psykiatrin;Skickade till primärvården;Mottagna;Returnerade;Samråd;Median dagar till accepterad;Vårdgarantivarningar;Vårdgarantibrott;Enhetens namn
				psykiatri-gavleborg;2025-03;0;0;2;1;0;7,0;1;1;Psykiatri Gävleborg
				psykiatri-gavleborg;2025-05;0;1;0;0;0;;0;0;Psykiatri Gävleborg
				""");
	}

	@Test
	void an_unknown_area_is_a_404_problem() {
		assertThat(http.withBasicAuth("chef.ingrid", "demo").getForEntity("/api/kpi/nothing", String.class).getStatusCode())
			.isEqualTo(HttpStatus.NOT_FOUND);
	}

	private List<Map<String, Object>> kpi(String user, String query) {
		return KpiResponses.rows(http, user, "referrals", query);
	}

	private static Map<String, Object> row(String unit, String month, Object... figures) {
		return KpiResponses.row(ReferralKpis.COLUMNS, unit, month, figures);
	}

	private String send(String user, String unit, String direction, String suicideRisk, Instant when) {
		EngineClock.setTo(when);
		Map<String, Object> request = new HashMap<>(Map.of("personnummer", "19121212-1212", "patientEmail", "patient@example.invalid",
				"sendingUnitId", unit, "direction", direction, "request", "TAKEOVER", "reason", "Uppföljning", "diagnosisCode", "F32.2",
				"severity", "SEVERE", "suicideRisk", suicideRisk));
		request.put("recommendedFollowUp", "Uppföljning hos läkare om 4 veckor");
		ResponseEntity<Map> response = http.withBasicAuth(user, "demo").postForEntity("/api/referrals", request, Map.class);
		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.CREATED);
		String instance = (String) response.getBody().get("processInstanceId");
		Jobs.runAsyncContinuations(instance);
		return instance;
	}

	private void complete(String instance, String taskKey, Instant when, Map<String, Object> variables) {
		EngineClock.setTo(when);
		taskService().complete(taskService().createTaskQuery().processInstanceId(instance).taskDefinitionKey(taskKey).singleResult().getId(),
				variables);
		Jobs.runAsyncContinuations(instance);
	}

	private void fireTimer(String instance, String activityId, Instant when) {
		EngineClock.setTo(when);
		managementService().executeJob(managementService().createJobQuery().processInstanceId(instance).activityId(activityId).singleResult().getId());
		Jobs.runAsyncContinuations(instance);
	}

	private static Instant at(String day) {
		return Instant.parse(day + "T09:00:00Z").plus(0, ChronoUnit.HOURS);
	}

}
