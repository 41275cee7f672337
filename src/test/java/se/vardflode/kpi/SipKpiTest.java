package se.vardflode.kpi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.camunda.spin.plugin.variable.SpinValues;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import se.vardflode.Jobs;
import se.vardflode.VardflodeTest;

/**
 * Four SIPs at two units over three months of 2024, requested over the API and walked through the real
 * sip-coordination process with the engine clock moved (one declined, one meeting held late), and every SIP figure
 * checked.
 */
@VardflodeTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SipKpiTest {

	static final String PERIOD = "?from=2024-02&to=2024-04";
	static final String SOCIAL_SERVICES = "kommun-gavle-socialtjanst";
	static final String BVC = "bvc-gavle";

	@Autowired
	TestRestTemplate http;

	final List<String> instances = new ArrayList<>();
	ProcessSteps steps;

	@BeforeAll
	void seedThreeMonthsOfSips() {
		steps = new ProcessSteps(taskService(), managementService());
		ProcessSteps.at("2024-02-05T09:00:00Z");
		String planInForce = request("kommun.eva", SOCIAL_SERVICES, "Gävle kommun");
		ProcessSteps.at("2024-02-07T09:00:00Z");
		consent(planInForce);
		ProcessSteps.at("2024-02-08T09:00:00Z");
		scheduleMeeting(planInForce, "2024-02-20");
		ProcessSteps.at("2024-02-21T09:00:00Z");
		steps.complete(planInForce, "recordMeetingHeld", Map.of("meetingHeld", true));
		ProcessSteps.at("2024-02-22T09:00:00Z");
		writePlan(planInForce, "Gävle kommun", "2024-06-01");

		ProcessSteps.at("2024-03-04T09:00:00Z");
		String lateMeeting = request("kommun.eva", SOCIAL_SERVICES, "Gävle kommun");
		ProcessSteps.at("2024-03-06T09:00:00Z");
		consent(lateMeeting);
		ProcessSteps.at("2024-03-07T09:00:00Z");
		scheduleMeeting(lateMeeting, "2024-04-03");
		ProcessSteps.at("2024-03-10T09:00:00Z");
		String declined = request("bvc.karin", BVC, "Region Gävleborg");
		steps.complete(declined, "giveConsent", Map.of("consent", "no", "declineReason", "Vill inte"));

		ProcessSteps.at("2024-04-02T09:00:00Z");
		String bvcPlan = request("bvc.karin", BVC, "Region Gävleborg");
		ProcessSteps.at("2024-04-03T09:00:00Z");
		consent(bvcPlan);
		scheduleMeeting(bvcPlan, "2024-04-15");
		ProcessSteps.at("2024-04-04T09:00:00Z");
		steps.complete(lateMeeting, "recordMeetingHeld", Map.of("meetingHeld", true));
		ProcessSteps.at("2024-04-16T09:00:00Z");
		steps.complete(bvcPlan, "recordMeetingHeld", Map.of("meetingHeld", true));
		ProcessSteps.at("2024-04-17T09:00:00Z");
		writePlan(bvcPlan, "Region Gävleborg", "2024-08-01");
	}

	@AfterAll
	void removeTheSips() {
		for (String instance : instances) {
			if (runtimeService().createProcessInstanceQuery().processInstanceId(instance).count() > 0) {
				runtimeService().deleteProcessInstance(instance, "test clean-up", true, true);
			}
		}
	}

	@Test
	void managers_see_every_sip_figure_per_unit_and_month() {
		assertThat(kpi("chef.ingrid", PERIOD + "&unitId=" + SOCIAL_SERVICES)).containsExactly(
				row(SOCIAL_SERVICES, "2024-02", 1, 1, 1, 1, 1),
				row(SOCIAL_SERVICES, "2024-03", 1, 1, 0, 0, 1),
				row(SOCIAL_SERVICES, "2024-04", 0, 0, 1, 0, 1));
		assertThat(kpi("chef.ingrid", PERIOD + "&unitId=" + BVC)).containsExactly(
				row(BVC, "2024-03", 1, 0, 0, 0, 0),
				row(BVC, "2024-04", 1, 1, 1, 1, 1));
	}

	@Test
	void staff_see_their_own_unit_as_csv() {
		ResponseEntity<String> csv = http.withBasicAuth("bvc.karin", "demo").getForEntity("/api/kpi/sip.csv" + PERIOD, String.class);

		assertThat(csv.getBody()).isEqualTo("""
				Enhet;Månad;Begärda SIP;Samtycken;Hållna SIP-möten;Möten hållna i tid;Aktiva planer vid månadens slut;Enhetens namn
				bvc-gavle;2024-03;1;0;0;0;0;BVC Gävle
				bvc-gavle;2024-04;1;1;1;1;1;BVC Gävle
				""");
	}

	private List<Map<String, Object>> kpi(String user, String query) {
		return KpiResponses.rows(http, user, "sip", query);
	}

	private static Map<String, Object> row(String unit, String month, Object... figures) {
		return KpiResponses.row(SipKpis.COLUMNS, unit, month, figures);
	}

	@SuppressWarnings("rawtypes")
	private String request(String user, String unitId, String organisation) {
		Map<String, Object> request = Map.of("patientPersonnummer", "19121212-1212", "patientEmail", "tolvan@example.se",
				"initiatingOrganisation", organisation, "initiatingUnitId", unitId, "reason", "Behöver samordnade insatser",
				"participants", Map.of("regionUnitIds", List.of(),
						"external", List.of(Map.of("name", "Olle Handläggare", "organisation", "Försäkringskassan", "email", "handlaggare@fk.example"))));
		ResponseEntity<Map> created = http.withBasicAuth(user, "demo").postForEntity("/api/sip-requests", request, Map.class);
		assertThat(created.getStatusCode()).as("%s", created.getBody()).isEqualTo(HttpStatus.CREATED);
		String instance = (String) created.getBody().get("processInstanceId");
		instances.add(instance);
		Jobs.runAsyncContinuations(instance);
		return instance;
	}

	private void consent(String instance) {
		steps.complete(instance, "giveConsent", Map.of("consent", "yes", "informationLimits", "Inga", "relativesTakingPart", "Ingen"));
	}

	private void scheduleMeeting(String instance, String date) {
		steps.complete(instance, "scheduleMeeting", Map.of("meetingDate", date, "meetingTime", "13:00", "meetingPlace", "Socialkontoret"));
	}

	private void writePlan(String instance, String huvudansvar, String followUpDate) {
		steps.complete(instance, "writePlan", Map.of("actions", SpinValues.jsonValue("""
				[{"what":"Boendestöd två dagar i veckan","responsibleOrganisation":"%s","responsibleUnit":"Socialtjänsten","dueBy":"%s"}]"""
			.formatted(huvudansvar, followUpDate)).create(), "huvudansvar", huvudansvar, "followUpDate", followUpDate));
	}

}
