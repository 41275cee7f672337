package se.vardflode.triage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import java.time.Instant;
import java.util.Map;

import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import se.vardflode.EngineClock;
import se.vardflode.VardflodeTest;

/** POST /api/call-backs over HTTP: PST promises a call as the advice line does, with the same call-back after it. */
@VardflodeTest
class CallBackApiTest {

	static final String PST = "pst-sodra-halsingland";
	static final String PSYCHOLOGIST = "pst.lena";

	@Autowired
	TestRestTemplate http;

	@BeforeEach
	void setUp() {
		EngineClock.setTo(Instant.parse("2026-11-23T09:00:00Z"));
	}

	@Test
	void pst_promises_a_call_back_that_its_own_team_makes() {
		ResponseEntity<Map<String, Object>> promised = post(PSYCHOLOGIST, promise(PST, "2026-11-23T15:00:00+01:00"));

		assertThat(promised.getStatusCode()).isEqualTo(HttpStatus.CREATED);
		ProcessInstance callBack = runtimeService().createProcessInstanceQuery()
			.processInstanceId((String) promised.getBody().get("processInstanceId")).singleResult();
		assertThat(callBack).isWaitingAt(CallBackProcess.CALL_PATIENT);
		assertThat(task(callBack)).hasCandidateGroup(PST).hasDueDate(java.util.Date.from(Instant.parse("2026-11-23T14:00:00Z")));
		assertThat(runtimeService().getVariables(callBack.getId())).containsEntry("patientReference", "patient:191212121212")
			.containsEntry("patientPhone", "070-123 45 67").containsEntry("contactReason", "PST lovade att ringa om tid för samtal");
	}

	@Test
	void a_call_back_for_another_unit_is_forbidden() {
		assertThat(post(PSYCHOLOGIST, promise("radgivning", "2026-11-23T15:00:00+01:00")).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
	}

	@Test
	void a_passed_time_and_a_unit_that_makes_no_call_backs_are_named() {
		ResponseEntity<Map<String, Object>> passed = post(PSYCHOLOGIST, promise(PST, "2026-11-23T09:00:00+01:00"));
		ResponseEntity<Map<String, Object>> notAllowed = post("bvc.karin", promise("bvc-gavle", "2026-11-23T15:00:00+01:00"));
		ResponseEntity<Map<String, Object>> unreadable = post(PSYCHOLOGIST, promise(PST, "i eftermiddag"));

		assertThat(passed.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(passed.getBody()).containsEntry("errors", Map.of("callBackAt", "Den utlovade tiden för återuppringning har redan passerat"));
		assertThat(notAllowed.getBody()).containsEntry("errors",
				Map.of("unitId", "BVC Gävle kan inte lova återuppringningar här (promised-call-back saknas i enhetens starts-processes)"));
		assertThat(unreadable.getBody()).containsEntry("errors", Map.of("callBackAt", "Ange tiden som 2026-11-23T14:00:00+01:00"));
	}

	private static Map<String, Object> promise(String unitId, String callBackAt) {
		return Map.of("unitId", unitId, "personnummer", "19121212-1212", "patientName", "Tolvan Tolvansson",
				"patientPhone", "070-123 45 67", "patientEmail", "tolvan@example.se", "callBackAt", callBackAt,
				"contactReason", "PST lovade att ringa om tid för samtal");
	}

	private ResponseEntity<Map<String, Object>> post(String user, Map<String, Object> body) {
		return http.withBasicAuth(user, "demo").exchange("/api/call-backs", HttpMethod.POST, new HttpEntity<>(body),
				new ParameterizedTypeReference<>() {
				});
	}

}
