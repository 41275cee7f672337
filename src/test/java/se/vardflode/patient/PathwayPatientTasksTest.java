package se.vardflode.patient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;
import static se.vardflode.patient.PatientTaskFixtures.DEMO_PASSWORD;
import static se.vardflode.patient.PatientTaskFixtures.LOVA;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import se.vardflode.Jobs;
import se.vardflode.VardflodeTest;

/**
 * The patient tasks the real pathways create reach the patient page: a SIP consent and a PST triage questionnaire,
 * started through the staff APIs, are listed for the patient with the unit they come from, and she answers the
 * consent through the patient API, where the server checks it against the form.
 */
@VardflodeTest
class PathwayPatientTasksTest {

	@LocalServerPort
	int port;
	@Autowired
	TestRestTemplate http;

	String sipInstanceId;
	String triageInstanceId;

	@Test
	void sip_consent_and_triage_questionnaire_are_the_patients_tasks_in_the_patient_page() {
		sipInstanceId = started(http.withBasicAuth("kommun.eva", DEMO_PASSWORD).postForEntity("/api/sip-requests", Map.of(
				"patientPersonnummer", LOVA.formatted(), "patientEmail", "lova@example.se", "initiatingOrganisation", "Gävle kommun",
				"initiatingUnitId", "kommun-gavle-socialtjanst", "reason", "Behöver samordnade insatser från psykiatri och socialtjänst",
				"participants", Map.of("regionUnitIds", List.of("psykiatri-gavleborg"), "external", List.of())), Map.class));
		triageInstanceId = started(http.withBasicAuth("radgivning.erik", DEMO_PASSWORD).postForEntity("/api/triage-contacts", Map.of(
				"personnummer", LOVA.formatted(), "healthCentreUnitId", "vc-gavle", "channel", "PHONE",
				"contactReason", "Nedstämd sedan i somras", "patientEmail", "lova@example.se"), Map.class));
		Task triage = taskService().createTaskQuery().processInstanceId(triageInstanceId).singleResult();
		taskService().complete(triage.getId(), Map.of("acuteSuicideRisk", "no", "assessment", "Bedömd i telefon",
				"mainProblem", "DEPRESSION", "sendPhq9", true, "sendGad7", false, "sendAudit", false, "sendDudit", false));
		ProcessInstance questionnaire = runtimeService().createProcessInstanceQuery().superProcessInstanceId(triageInstanceId).singleResult();
		Jobs.runAsyncContinuations(questionnaire.getId());
		PatientSession lova = new PatientSession(port);
		assertThat(lova.logIn(LOVA.formatted(), DEMO_PASSWORD)).endsWith("/patient/");

		JsonNode tasks = PatientSession.json(lova.get("/api/patient/tasks")).path("tasks");

		assertThat(tasks.findValuesAsText("unit")).containsExactlyInAnyOrder("Kommun Gävle socialtjänst", "Rådgivningen");
		assertThat(tasks.findValues("due")).allSatisfy(due -> assertThat(due.asText()).matches("\\d{4}-\\d{2}-\\d{2}"));
		String consentTaskId = taskService().createTaskQuery().processInstanceId(sipInstanceId).singleResult().getId();
		assertThat(tasks.findValuesAsText("id")).contains(consentTaskId);
		HttpResponse<String> refused = lova.postJson("/api/patient/tasks/" + consentTaskId, Map.of("consent", "kanske"));
		assertThat(refused.statusCode()).isEqualTo(400);
		assertThat(refused.body()).contains("consent");
		HttpResponse<String> consented = lova.postJson("/api/patient/tasks/" + consentTaskId,
				Map.of("consent", "yes", "acceptedParticipants", List.of("psykiatri-gavleborg")));
		assertThat(consented.statusCode()).isEqualTo(204);
		assertThat(runtimeService().getVariable(sipInstanceId, "consent")).isEqualTo("yes");
	}

	private static String started(ResponseEntity<Map> response) {
		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.CREATED);
		return (String) response.getBody().get("processInstanceId");
	}

}
