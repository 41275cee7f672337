package se.vardflode.patient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.historyService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;
import static se.vardflode.patient.PatientTaskFixtures.DEMO_PASSWORD;
import static se.vardflode.patient.PatientTaskFixtures.LOVA;
import static se.vardflode.patient.PatientTaskFixtures.TOLVAN;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import se.vardflode.EngineClock;
import se.vardflode.Jobs;
import se.vardflode.VardflodeTest;

/**
 * A SIP with the person it is about, through the patient page: she (or a custodian for a child) asks for a SIP, the
 * unit decides within its deadline and answers her there, and the consent of each custodian is asked in her own login.
 */
@VardflodeTest
class SipPatientPageTest {

	static final String MUNICIPALITY_UNIT = "kommun-gavle-socialtjanst";
	static final String CHILD = "20170302-9809";
	static final ObjectMapper JSON = new ObjectMapper();

	@LocalServerPort
	int port;

	final Instant now = Instant.parse("2026-11-23T09:00:00Z");

	@BeforeEach
	void setUp() {
		EngineClock.setTo(now);
	}

	@Test
	void a_patients_request_for_a_sip_becomes_a_task_for_the_unit_with_a_deadline() {
		PatientSession lova = loggedIn(LOVA.formatted());

		HttpResponse<String> asked = lova.postJson("/api/patient/sip-requests", Map.of("unitId", MUNICIPALITY_UNIT,
				"reason", "Jag har kontakt med både psykiatrin och socialtjänsten och behöver att de pratar med varandra"));

		assertThat(asked.statusCode()).isEqualTo(201);
		String requestId = PatientSession.json(asked).path("requestId").asText();
		Task decision = decisionTask(requestId);
		assertThat(taskService().getIdentityLinksForTask(decision.getId())).anyMatch(link -> MUNICIPALITY_UNIT.equals(link.getGroupId()));
		assertThat(decision.getDueDate()).isEqualTo(Date.from(now.plus(Duration.ofDays(7))));
		assertThat(decision.getName()).isEqualTo("Ta ställning till begäran om SIP");
		assertThat(runtimeService().getVariable(decision.getProcessInstanceId(), "patientReference")).isEqualTo("patient:" + LOVA.value());
	}

	@Test
	void a_refused_request_is_answered_with_the_units_reasons() {
		PatientSession lova = loggedIn(LOVA.formatted());
		String requestId = PatientSession.json(lova.postJson("/api/patient/sip-requests", Map.of("unitId", MUNICIPALITY_UNIT,
				"reason", "Behöver samordning", "email", "lova@example.se"))).path("requestId").asText();
		Task decision = decisionTask(requestId);

		HttpResponse<String> refusedWithoutReasons = StaffHttp.basic(port, "kommun.eva").postJson("/engine-rest/task/" + decision.getId()
				+ "/submit-form", variables(Map.of("sipRequestDecision", "refuse")));
		assertThat(refusedWithoutReasons.statusCode()).isEqualTo(400);
		assertThat(refusedWithoutReasons.body()).contains("sipRequestAnswer");

		HttpResponse<String> refused = StaffHttp.basic(port, "kommun.eva").postJson("/engine-rest/task/" + decision.getId() + "/submit-form",
				variables(Map.of("sipRequestDecision", "refuse", "sipRequestAnswer",
						"Era insatser samordnas redan i den plan ni har med psykiatrin; vi hör av oss vid förändring.")));
		assertThat(refused.statusCode()).isEqualTo(204);
		Jobs.runAsyncContinuations(decision.getProcessInstanceId());

		assertThat(historyService().createHistoricProcessInstanceQuery().processInstanceId(decision.getProcessInstanceId()).singleResult()
			.getEndActivityId()).isEqualTo("sipRequestAnswered");
	}

	@Test
	void a_custodians_granted_request_for_her_child_asks_both_custodians_for_consent_in_their_own_logins() {
		PatientSession lova = loggedIn(LOVA.formatted());
		String requestId = PatientSession.json(lova.postJson("/api/patient/sip-requests", Map.of("unitId", MUNICIPALITY_UNIT,
				"reason", "Saga behöver stöd från skolan, BUP och socialtjänsten", "child", Map.of("personnummer", CHILD, "name", "Saga Testsson"),
				"otherCustodian", Map.of("personnummer", TOLVAN.formatted(), "name", "Tolvan Tolvansson")))).path("requestId").asText();
		Task decision = decisionTask(requestId);

		HttpResponse<String> nobodyInvited = StaffHttp.basic(port, "kommun.eva").postJson("/engine-rest/task/" + decision.getId()
				+ "/submit-form", variables(Map.of("sipRequestDecision", "accept", "sipRequestAnswer", "Vi kallar till SIP.",
						"initiatingOrganisation", "Gävle kommun")));
		assertThat(nobodyInvited.statusCode()).isEqualTo(400);
		assertThat(nobodyInvited.body()).contains("regionUnitIds");

		HttpResponse<String> granted = StaffHttp.basic(port, "kommun.eva").postJson("/engine-rest/task/" + decision.getId() + "/submit-form",
				variables(Map.of("sipRequestDecision", "accept", "sipRequestAnswer", "Vi kallar till SIP med BUP och skolan.",
						"initiatingOrganisation", "Gävle kommun", "regionUnitIds", json(List.of("bup-gavleborg")),
						"externalParticipants", json(List.of(Map.of("name", "Anna Kurator", "organisation", "Polhemsskolan",
								"email", "kurator@polhem.example"))))));
		assertThat(granted.statusCode()).isEqualTo(204);

		String sipId = (String) historyService().createHistoricVariableInstanceQuery().processInstanceId(decision.getProcessInstanceId())
			.variableName("startedSipId").singleResult().getValue();
		ProcessInstance sip = runtimeService().createProcessInstanceQuery().processDefinitionKey("sip-coordination").processInstanceBusinessKey(sipId)
			.singleResult();
		assertThat(taskService().createTaskQuery().processInstanceId(sip.getId()).list()).extracting(Task::getAssignee)
			.containsExactlyInAnyOrder("patient:" + LOVA.value(), "patient:" + TOLVAN.value());
		assertThat(consentTasksIn(lova)).hasSize(1);
		assertThat(consentTasksIn(loggedIn(TOLVAN.formatted()))).hasSize(1);
	}

	@Test
	void a_request_to_a_unit_that_holds_no_sips_or_for_an_adult_as_a_child_is_refused_naming_the_field() {
		PatientSession lova = loggedIn(LOVA.formatted());

		HttpResponse<String> toTheYouthClinic = lova.postJson("/api/patient/sip-requests", Map.of("unitId", "um-gavle", "reason", "Samordning"));
		HttpResponse<String> adultAsChild = lova.postJson("/api/patient/sip-requests", Map.of("unitId", MUNICIPALITY_UNIT, "reason", "Samordning",
				"child", Map.of("personnummer", TOLVAN.formatted())));
		HttpResponse<String> noReason = lova.postJson("/api/patient/sip-requests", Map.of("unitId", MUNICIPALITY_UNIT));

		assertThat(toTheYouthClinic.statusCode()).isEqualTo(400);
		assertThat(PatientSession.json(toTheYouthClinic).path("errors").path("unitId").asText()).contains("kan inte kalla till SIP");
		assertThat(adultAsChild.statusCode()).isEqualTo(400);
		assertThat(PatientSession.json(adultAsChild).path("errors").has("child.personnummer")).isTrue();
		assertThat(noReason.statusCode()).isEqualTo(400);
		assertThat(PatientSession.json(noReason).path("errors").has("reason")).isTrue();
		assertThat(runtimeService().createProcessInstanceQuery().processDefinitionKey("sip-request").count()).isZero();
	}

	private PatientSession loggedIn(String personnummer) {
		PatientSession session = new PatientSession(port);
		assertThat(session.logIn(personnummer, DEMO_PASSWORD)).endsWith("/patient/");
		return session;
	}

	private static List<JsonNode> consentTasksIn(PatientSession session) {
		List<JsonNode> consents = new java.util.ArrayList<>();
		PatientSession.json(session.get("/api/patient/tasks")).path("tasks").forEach(task -> {
			if (task.path("name").asText().equals("Samtycke till SIP")) {
				consents.add(task);
			}
		});
		return consents;
	}

	private static Task decisionTask(String requestId) {
		ProcessInstance request = runtimeService().createProcessInstanceQuery().processDefinitionKey("sip-request").processInstanceBusinessKey(requestId)
			.singleResult();
		return taskService().createTaskQuery().processInstanceId(request.getId()).taskDefinitionKey("decideOnSipRequest").singleResult();
	}

	private static Map<String, Object> json(Object value) {
		try {
			return Map.of("value", JSON.writeValueAsString(value), "type", "Json");
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static String variables(Map<String, Object> values) {
		Map<String, Object> variables = new java.util.LinkedHashMap<>();
		values.forEach((name, value) -> variables.put(name, value instanceof Map<?, ?> ? value : Map.of("value", value)));
		try {
			return JSON.writeValueAsString(Map.of("variables", variables));
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

}
