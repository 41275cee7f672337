package se.vardflode.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import se.vardflode.VardflodeTest;

/**
 * Staff start pathways only through the project's API, which checks the request and derives the unit and addresses:
 * a start on the raw engine API, where any variables go in, is refused (issue 15, item 2).
 */
@VardflodeTest
class EngineStartsTest {

	static final String DEMO_PASSWORD = "demo";

	@Autowired
	TestRestTemplate http;

	@Test
	void the_advice_line_cannot_start_a_call_back_for_bvc_on_the_engine_api() {
		long callBacks = instancesOf("promised-call-back");

		ResponseEntity<String> start = http.withBasicAuth("radgivning.erik", DEMO_PASSWORD).postForEntity(
				"/engine-rest/process-definition/key/promised-call-back/start", Map.of("variables", Map.of(
						"unitId", Map.of("value", "bvc-gavle"),
						"callBackAt", Map.of("value", "2030-01-01T10:00:00.000+0100", "type", "Date"),
						"contactReason", Map.of("value", "Oro"))), String.class);

		assertThat(start.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
		assertThat(instancesOf("promised-call-back")).isEqualTo(callBacks);
		assertThat(taskService().createTaskQuery().taskCandidateGroup("bvc-gavle").taskDefinitionKey("callPatient").count()).isZero();
	}

	@Test
	void a_bvc_nurse_cannot_start_a_sip_with_another_patient_and_address_on_the_engine_api() {
		long sips = instancesOf("sip-coordination");

		ResponseEntity<String> start = http.withBasicAuth("bvc.karin", DEMO_PASSWORD).postForEntity(
				"/engine-rest/process-definition/key/sip-coordination/start", Map.of("variables", Map.of(
						"patientReference", Map.of("value", "patient:198901019805"),
						"initiatingUnitName", Map.of("value", "UM Gävle"),
						"patientEmail", Map.of("value", "anyone@evil.example"),
						"consentReminderAfter", Map.of("value", "PT1S"))), String.class);
		ResponseEntity<String> form = http.withBasicAuth("bvc.karin", DEMO_PASSWORD).postForEntity(
				"/engine-rest/process-definition/key/sip-coordination/submit-form", Map.of("variables", Map.of(
						"patientEmail", Map.of("value", "anyone@evil.example"))), String.class);

		assertThat(start.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
		assertThat(form.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
		assertThat(instancesOf("sip-coordination")).isEqualTo(sips);
	}

	@Test
	void the_advice_line_still_promises_a_call_back_through_the_api() {
		long callBacks = instancesOf("promised-call-back");

		ResponseEntity<Map> contact = http.withBasicAuth("radgivning.erik", DEMO_PASSWORD).postForEntity("/api/triage-contacts", Map.of(
				"personnummer", "19121212-1212", "healthCentreUnitId", "vc-gavle", "channel", "PHONE",
				"contactReason", "Nedstämd och sover dåligt", "patientEmail", "patient@example.invalid",
				"callBackAt", "2099-01-01T10:00:00+01:00"), Map.class);

		assertThat(contact.getStatusCode()).isEqualTo(HttpStatus.CREATED);
		assertThat(instancesOf("promised-call-back")).isEqualTo(callBacks + 1);
		String triage = (String) contact.getBody().get("processInstanceId");
		assertThat(runtimeService().createProcessInstanceQuery().superProcessInstanceId(triage).singleResult()).isNotNull();
		runtimeService().deleteProcessInstance(triage, "test done");
	}

	@Test
	void a_bvc_nurse_still_requests_a_sip_through_the_api() {
		long sips = instancesOf("sip-coordination");

		ResponseEntity<Map> request = http.withBasicAuth("bvc.karin", DEMO_PASSWORD).postForEntity("/api/sip-requests", Map.of(
				"patientPersonnummer", "20100223-9802", "patientEmail", "patient@example.invalid",
				"initiatingOrganisation", "Region Gävleborg", "initiatingUnitId", "bvc-gavle", "reason", "Behöver samordnade insatser",
				"participants", Map.of("regionUnitIds", java.util.List.of("psykiatri-gavleborg")),
				"custodians", java.util.List.of(Map.of("personnummer", "19890101-9805"))), Map.class);

		assertThat(request.getStatusCode()).isEqualTo(HttpStatus.CREATED);
		assertThat(instancesOf("sip-coordination")).isEqualTo(sips + 1);
		runtimeService().deleteProcessInstance((String) request.getBody().get("processInstanceId"), "test done");
	}

	private long instancesOf(String processKey) {
		return runtimeService().createProcessInstanceQuery().processDefinitionKey(processKey).count();
	}

}
