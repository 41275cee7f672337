package se.vardflode.referral;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;

import java.util.HashMap;
import java.util.Map;

import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import se.vardflode.VardflodeTest;

/** POST /api/referrals as the sending unit's staff would call it, and a refusal through the engine REST API. */
@VardflodeTest
class ReferralApiTest {

	static final String DOCTOR = "vc.anders";

	@Autowired
	TestRestTemplate http;

	@Test
	void a_severe_depression_is_sent_to_psychiatry() {
		ResponseEntity<Map> response = send(DOCTOR, severeDepression());

		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.CREATED);
		assertThat(response.getBody()).containsEntry("receivingUnitId", "psykiatri-gavleborg").containsEntry("urgency", "NORMAL");
		String instanceId = (String) response.getBody().get("processInstanceId");
		assertThat(runtimeService().createProcessInstanceQuery().processInstanceId(instanceId)
			.processInstanceBusinessKey((String) response.getBody().get("referralId")).count()).isEqualTo(1);
	}

	@Test
	void bad_input_names_every_bad_field_and_starts_nothing() {
		Map<String, Object> request = severeDepression();
		request.put("personnummer", "19121212-1213");
		request.put("diagnosisCode", "depression");
		request.remove("suicideRisk");
		request.put("sendingUnitId", "okand-enhet");
		long before = runtimeService().createProcessInstanceQuery().processDefinitionKey(ReferralProcess.KEY).count();

		ResponseEntity<Map> response = send(DOCTOR, request);

		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(response.getHeaders().getContentType().toString()).isEqualTo("application/problem+json");
		assertThat(response.getBody()).containsEntry("type", "https://vardflode.se/problem/invalid-input");
		assertThat((Map<String, String>) response.getBody().get("errors"))
			.containsOnlyKeys("personnummer", "diagnosisCode", "suicideRisk", "sendingUnitId");
		assertThat(runtimeService().createProcessInstanceQuery().processDefinitionKey(ReferralProcess.KEY).count()).isEqualTo(before);
	}

	@Test
	void a_return_referral_needs_the_recommended_follow_up() {
		Map<String, Object> request = severeDepression();
		request.put("direction", "PSYCHIATRY_TO_PRIMARY");
		request.put("sendingUnitId", "psykiatri-gavleborg");

		ResponseEntity<Map> response = send("psykiatri.johan", request);

		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat((Map<String, String>) response.getBody().get("errors"))
			.containsOnlyKeys("recommendedFollowUp");
	}

	@Test
	void a_referral_the_guidance_keeps_at_the_senders_level_is_refused_as_one_to_the_own_unit() {
		Map<String, Object> request = severeDepression();
		request.put("severity", "MILD");
		request.put("diagnosisCode", "F41.1");
		request.put("suicideRisk", "LOW");

		ResponseEntity<Map> response = send(DOCTOR, request);

		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
		assertThat(response.getBody()).containsEntry("type", "https://vardflode.se/problem/referral-to-own-unit");
	}

	@Test
	void a_consultation_about_a_mild_depression_is_routed_to_psychiatry_not_refused() {
		Map<String, Object> request = severeDepression();
		request.put("request", "CONSULTATION");
		request.put("severity", "MILD");
		request.put("diagnosisCode", "F32.0");
		request.put("suicideRisk", "LOW");

		ResponseEntity<Map> response = send(DOCTOR, request);

		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.CREATED);
		assertThat(response.getBody()).containsEntry("receivingUnitId", "psykiatri-gavleborg").containsEntry("urgency", "NORMAL");
	}

	@Test
	void a_consultation_about_an_eating_disorder_is_routed_to_psychiatry() {
		Map<String, Object> request = severeDepression();
		request.put("request", "CONSULTATION");
		request.put("severity", "MODERATE");
		request.put("diagnosisCode", "F50.0");
		request.put("suicideRisk", "LOW");

		ResponseEntity<Map> response = send(DOCTOR, request);

		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.CREATED);
		assertThat(response.getBody()).containsEntry("receivingUnitId", "psykiatri-gavleborg");
	}

	@Test
	void a_patient_without_email_is_referred_all_the_same() {
		Map<String, Object> request = severeDepression();
		request.remove("patientEmail");

		ResponseEntity<Map> response = send(DOCTOR, request);

		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.CREATED);
		assertThat(runtimeService().getVariable((String) response.getBody().get("processInstanceId"), "patientEmail")).isNull();
	}

	@Test
	void staff_send_only_from_their_own_unit() {
		assertThat(send("bvc.karin", severeDepression()).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
		assertThat(http.postForEntity("/api/referrals", severeDepression(), Map.class).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
	}

	@Test
	void a_return_without_a_reason_through_engine_rest_is_a_400_naming_the_reason_field() {
		String instanceId = (String) send(DOCTOR, severeDepression()).getBody().get("processInstanceId");
		// the patient's mail job comes first; the job executor is off in tests
		managementService().executeJob(managementService().createJobQuery().processInstanceId(instanceId).singleResult().getId());
		Task assessment = taskService().createTaskQuery().processInstanceId(instanceId).taskDefinitionKey("assessReferral").singleResult();

		ResponseEntity<String> response = http.withBasicAuth("psykiatri.johan", "demo").postForEntity(
				"/engine-rest/task/" + assessment.getId() + "/complete",
				Map.of("variables", Map.of("assessment", Map.of("value", "RETURN"))), String.class);

		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(response.getBody()).contains("returnReason: Skäl till retur krävs");
		assertThat(taskService().createTaskQuery().taskId(assessment.getId()).count()).isEqualTo(1);
	}

	@Test
	void the_sending_doctor_cannot_change_the_referral_through_a_bpmn_error_on_his_interim_task() {
		String instanceId = sentAndMailed();
		Task interim = interimTask(instanceId);

		ResponseEntity<String> response = http.withBasicAuth(DOCTOR, "demo").postForEntity("/engine-rest/task/" + interim.getId() + "/bpmnError",
				Map.of("errorCode", "referralWithdrawn", "variables", Map.of("patientEmail", Map.of("value", "anyone@evil.example"),
						"receivingUnitId", Map.of("value", ReferralFixtures.HEALTH_CENTRE))), String.class);

		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(response.getBody()).contains("patientEmail", "receivingUnitId");
		assertThat(taskService().createTaskQuery().taskId(interim.getId()).count()).isEqualTo(1);
		assertThat(runtimeService().getVariable(instanceId, "patientEmail")).isEqualTo(ReferralFixtures.PATIENT_EMAIL);
		assertThat(runtimeService().getVariable(instanceId, "receivingUnitId")).isEqualTo(ReferralFixtures.PSYCHIATRY);
	}

	@Test
	void the_interim_responsibility_cannot_be_ended_by_a_bpmn_error_or_escalation_the_model_does_not_catch_there() {
		String instanceId = sentAndMailed();
		Task interim = interimTask(instanceId);

		ResponseEntity<String> error = http.withBasicAuth(DOCTOR, "demo").postForEntity("/engine-rest/task/" + interim.getId() + "/bpmnError",
				Map.of("errorCode", "referralWithdrawn"), String.class);
		ResponseEntity<String> escalation = http.withBasicAuth(DOCTOR, "demo").postForEntity(
				"/engine-rest/task/" + interim.getId() + "/bpmnEscalation", Map.of("escalationCode", "referralWithdrawn"), String.class);

		assertThat(error.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(escalation.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(taskService().createTaskQuery().taskId(interim.getId()).count()).isEqualTo(1);
		assertThat(runtimeService().createProcessInstanceQuery().processInstanceId(instanceId).count()).isEqualTo(1);
	}

	private String sentAndMailed() {
		String instanceId = (String) send(DOCTOR, severeDepression()).getBody().get("processInstanceId");
		// the patient's mail job comes first; the job executor is off in tests
		managementService().executeJob(managementService().createJobQuery().processInstanceId(instanceId).singleResult().getId());
		return instanceId;
	}

	private Task interimTask(String instanceId) {
		return taskService().createTaskQuery().processInstanceId(instanceId).taskDefinitionKey("interimResponsibility").singleResult();
	}

	private ResponseEntity<Map> send(String user, Map<String, Object> request) {
		return http.withBasicAuth(user, "demo").postForEntity("/api/referrals", request, Map.class);
	}

	private static Map<String, Object> severeDepression() {
		Map<String, Object> request = new HashMap<>();
		request.put("personnummer", "19121212-1212");
		request.put("patientEmail", ReferralFixtures.PATIENT_EMAIL);
		request.put("sendingUnitId", ReferralFixtures.HEALTH_CENTRE);
		request.put("direction", "PRIMARY_TO_PSYCHIATRY");
		request.put("request", "TAKEOVER");
		request.put("reason", "Svår depressiv episod");
		request.put("diagnosisCode", "F32.2");
		request.put("severity", "SEVERE");
		request.put("suicideRisk", "MODERATE");
		return request;
	}

}
