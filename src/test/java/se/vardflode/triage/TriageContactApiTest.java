package se.vardflode.triage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.historyService;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import se.vardflode.VardflodeTest;

/** POST /api/triage-contacts: what it accepts, what it refuses and that a refusal leaves nothing behind. */
@VardflodeTest
class TriageContactApiTest {

	@Autowired
	TestRestTemplate http;

	@Test
	void a_valid_contact_answers_201_with_the_process_instance() {
		ResponseEntity<Map> response = post(TriageFixtures.ADVICE_LINE_NURSE, TriageFixtures.aPhoneContact());

		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.CREATED);
		String instanceId = (String) response.getBody().get("processInstanceId");
		assertThat(historyService().createHistoricProcessInstanceQuery().processInstanceId(instanceId).singleResult().getProcessDefinitionKey())
			.isEqualTo(TriageProcess.KEY);
		assertThat(response.getBody().get("contactId")).isNotNull();
	}

	@Test
	void every_bad_field_is_named_in_one_problem_and_nothing_is_started() {
		long before = triages();
		Map<String, Object> contact = Map.of("personnummer", "19900101-2386", "healthCentreUnitId", "bvc-gavle", "channel", "FAX",
				"contactReason", " ", "callBackAt", "i morgon", "patientEmail", "ingen-adress");

		ResponseEntity<Map> response = post(TriageFixtures.ADVICE_LINE_NURSE, contact);

		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(response.getBody().get("type")).isEqualTo("https://vardflode.se/problem/invalid-input");
		assertThat(((Map<String, String>) response.getBody().get("errors")).keySet())
			.containsExactly("personnummer", "healthCentreUnitId", "channel", "contactReason", "callBackAt", "patientEmail");
		assertThat(triages()).isEqualTo(before);
	}

	@Test
	void a_call_back_promised_in_the_past_is_refused() {
		ResponseEntity<Map> response = post(TriageFixtures.ADVICE_LINE_NURSE,
				TriageFixtures.aPhoneContactWithCallBackAt("2020-01-01T10:00:00+01:00"));

		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(((Map<String, String>) response.getBody().get("errors")).keySet())
			.containsExactly("callBackAt");
	}

	@Test
	void staff_of_another_unit_may_not_register_a_contact() {
		long before = triages();

		ResponseEntity<Map> response = post("bvc.karin", TriageFixtures.aPhoneContact());

		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
		assertThat(triages()).isEqualTo(before);
	}

	@Test
	void an_anonymous_caller_gets_401() {
		ResponseEntity<Map> response = http.postForEntity("/api/triage-contacts", TriageFixtures.aPhoneContact(), Map.class);

		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
	}

	private ResponseEntity<Map> post(String user, Map<String, Object> contact) {
		return http.withBasicAuth(user, TriageFixtures.PASSWORD).postForEntity("/api/triage-contacts", contact, Map.class);
	}

	private long triages() {
		return historyService().createHistoricProcessInstanceQuery().processDefinitionKey(TriageProcess.KEY).count();
	}

}
