package se.vardflode.referral;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.historyService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import se.vardflode.Jobs;
import se.vardflode.PostgresTest;

/**
 * On PostgreSQL, through the REST APIs as the two units' staff would work it: sent, returned, resent, returned again,
 * joint consultation, psychiatry takes over.
 */
@PostgresTest
class ReferralPostgresTest {

	static final String ENGINE_REST = "/engine-rest/engine/postgres";
	static final ParameterizedTypeReference<List<Map<String, Object>>> TASKS = new ParameterizedTypeReference<>() {
	};

	@Autowired
	TestRestTemplate http;

	@Test
	void a_referral_returned_twice_is_decided_in_joint_consultation() {
		ResponseEntity<Map> sent = http.withBasicAuth("vc.anders", "demo").postForEntity("/api/referrals", Map.of(
				"personnummer", "19121212-1212", "patientEmail", ReferralFixtures.PATIENT_EMAIL, "sendingUnitId", "vc-gavle",
				"direction", "PRIMARY_TO_PSYCHIATRY", "request", "TAKEOVER", "reason", "Svår depressiv episod",
				"diagnosisCode", "F32.2", "severity", "SEVERE", "suicideRisk", "MODERATE"), Map.class);
		assertThat(sent.getStatusCode()).isEqualTo(HttpStatus.CREATED);
		String instance = (String) sent.getBody().get("processInstanceId");
		Jobs.runAsyncContinuations(instance);

		complete("psykiatri.johan", instance, "assessReferral", Map.of("assessment", "RETURN", "returnReason", "Ange behandlingsförsök"));
		complete("vc.anders", instance, "reviseReferral", Map.of("revision", "RESEND", "revisionNote", "Två SSRI utan effekt"));
		complete("psykiatri.johan", instance, "assessReferral", Map.of("assessment", "RETURN", "returnReason", "Primärvårdsnivå"));
		complete("vc.anders", instance, "consultationSendingUnit", Map.of("sendingUnitProposal", "RECEIVING", "sendingUnitPosition", "Behöver specialist"));
		complete("psykiatri.johan", instance, "consultationReceivingUnit", Map.of("responsibleUnit", "RECEIVING", "consultationNote", "Vi tar över"));
		Jobs.runAsyncContinuations(instance);

		// the units agreed: psychiatry takes over, and the health centre keeps interim responsibility until the first visit
		assertThat(taskService().createTaskQuery().processInstanceId(instance).list()).extracting(task -> task.getTaskDefinitionKey())
			.containsExactlyInAnyOrder("registerFirstVisit", "interimResponsibility");
		assertThat(historyService().createHistoricActivityInstanceQuery().processInstanceId(instance).activityId("secondBounce").count()).isEqualTo(1);
		assertThat(historyService().createHistoricVariableInstanceQuery().processInstanceId(instance).variableName("returnCount").singleResult()
			.getValue()).isEqualTo(2L);
	}

	private void complete(String user, String instance, String taskKey, Map<String, Object> values) {
		ResponseEntity<List<Map<String, Object>>> tasks = http.withBasicAuth(user, "demo").exchange(
				ENGINE_REST + "/task?processInstanceId=" + instance + "&taskDefinitionKey=" + taskKey, HttpMethod.GET, null, TASKS);
		assertThat(tasks.getBody()).as("%s sees %s", user, taskKey).hasSize(1);
		Map<String, Object> variables = new HashMap<>();
		values.forEach((name, value) -> variables.put(name, Map.of("value", value)));
		ResponseEntity<String> response = http.withBasicAuth(user, "demo").postForEntity(
				ENGINE_REST + "/task/" + tasks.getBody().get(0).get("id") + "/complete", Map.of("variables", variables), String.class);
		assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.NO_CONTENT);
	}

}
