package se.vardflode.sip;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.historyService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import se.vardflode.VardflodeTest;

/** The SIP entry points over HTTP, as staff call them with their Camunda account. */
@VardflodeTest
class SipApiTest {

	static final String SOCIAL_WORKER = SipFixtures.SOCIAL_WORKER;
	static final String BVC_NURSE = "bvc.karin";
	static final String PASSWORD = "demo";
	static final ParameterizedTypeReference<Map<String, Object>> JSON_OBJECT = new ParameterizedTypeReference<>() {
	};
	static final ParameterizedTypeReference<List<Map<String, Object>>> JSON_LIST = new ParameterizedTypeReference<>() {
	};

	@Autowired
	TestRestTemplate http;

	@Test
	void a_valid_request_starts_a_sip_and_answers_201_with_the_process_instance() {
		ResponseEntity<Map<String, Object>> response = post(SOCIAL_WORKER, SipFixtures.socialServicesRequestWithPsychiatryAndSchool());

		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.CREATED);
		String sipId = (String) response.getBody().get("sipId");
		assertThat(response.getHeaders().getLocation()).hasToString("/api/sip/" + sipId);
		ProcessInstance sip = runtimeService().createProcessInstanceQuery().processInstanceId((String) response.getBody().get("processInstanceId"))
			.singleResult();
		assertThat(sip.getBusinessKey()).isEqualTo(sipId);
		assertThat(runtimeService().getVariable(sip.getId(), SipProcess.REQUESTED_BY.name())).isEqualTo(SOCIAL_WORKER);
	}

	@Test
	void the_consent_task_is_the_patients_and_not_in_the_initiating_units_task_list() {
		String instanceId = (String) post(SOCIAL_WORKER, SipFixtures.socialServicesRequestWithPsychiatryAndSchool()).getBody()
			.get("processInstanceId");

		ResponseEntity<List<Map<String, Object>>> seen = http.withBasicAuth(SOCIAL_WORKER, PASSWORD)
			.exchange("/engine-rest/task?processInstanceId=" + instanceId, HttpMethod.GET, null, JSON_LIST);

		assertThat(seen.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(seen.getBody()).isEmpty();
		assertThat(taskService().createTaskQuery().processInstanceId(instanceId).singleResult().getAssignee()).isEqualTo("patient:191212121212");
	}

	@Test
	void a_bad_request_names_each_bad_field_and_starts_nothing() {
		long before = historyService().createHistoricProcessInstanceQuery().processDefinitionKey(SipProcess.KEY).count();
		Map<String, Object> bad = Map.of("patientPersonnummer", "19121212-1213", "initiatingOrganisation", "Gävle kommun",
				"initiatingUnitId", "finns-inte", "reason", "",
				"participants", Map.of("regionUnitIds", List.of("psykiatri-gavleborg"),
						"external", List.of(Map.of("name", "Anna", "organisation", "Skolan", "email", "ingen-adress"))));

		ResponseEntity<Map<String, Object>> response = post(SOCIAL_WORKER, bad);

		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(response.getHeaders().getContentType().toString()).startsWith(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		assertThat(response.getBody()).containsEntry("type", "https://vardflode.se/problem/invalid-input");
		assertThat(fields(response)).containsExactlyInAnyOrder("patientPersonnummer", "initiatingUnitId", "reason",
				"participants.external[0].email");
		assertThat(historyService().createHistoricProcessInstanceQuery().processDefinitionKey(SipProcess.KEY).count())
			.isEqualTo(before);
	}

	@Test
	void unreadable_json_is_a_400_problem() {
		HttpHeaders headers = new HttpHeaders();
		headers.setContentType(MediaType.APPLICATION_JSON);

		ResponseEntity<Map<String, Object>> response = http.withBasicAuth(SOCIAL_WORKER, PASSWORD)
			.exchange("/api/sip-requests", HttpMethod.POST, new HttpEntity<>("{\"participants\": 5", headers), JSON_OBJECT);

		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(fields(response)).containsExactly("participants");
	}

	@Test
	void staff_may_request_a_sip_only_for_their_own_unit() {
		ResponseEntity<Map<String, Object>> response = post(BVC_NURSE, SipFixtures.socialServicesRequestWithPsychiatryAndSchool());
		long before = historyService().createHistoricProcessInstanceQuery().processDefinitionKey(SipProcess.KEY).count();

		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
		assertThat(historyService().createHistoricProcessInstanceQuery().processDefinitionKey(SipProcess.KEY).count())
			.isEqualTo(before);
		assertThat(response.getBody()).containsEntry("type", "https://vardflode.se/problem/forbidden");
	}

	@Test
	void anonymous_callers_get_401() {
		ResponseEntity<String> response = http.postForEntity("/api/sip-requests", SipFixtures.socialServicesRequestWithPsychiatryAndSchool(),
				String.class);

		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
	}

	@Test
	void the_initiating_unit_records_a_withdrawal_once_and_other_units_do_not_see_the_sip() {
		String sipId = (String) post(SOCIAL_WORKER, SipFixtures.socialServicesRequestWithPsychiatryAndSchool()).getBody().get("sipId");

		ResponseEntity<Map<String, Object>> other = withdraw(BVC_NURSE, sipId);
		ResponseEntity<Map<String, Object>> unknown = withdraw(SOCIAL_WORKER, "SIP-finns-inte");
		ResponseEntity<Map<String, Object>> own = withdraw(SOCIAL_WORKER, sipId);
		ResponseEntity<Map<String, Object>> again = withdraw(SOCIAL_WORKER, sipId);

		assertThat(other.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
		assertThat(unknown.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
		assertThat(own.getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
		assertThat(other.getBody()).containsEntry("type", "https://vardflode.se/problem/not-found");
		assertThat(again.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
		assertThat(again.getBody()).containsEntry("type", "https://vardflode.se/problem/sip-consent-already-withdrawn");
		ProcessInstance sip = runtimeService().createProcessInstanceQuery().processInstanceBusinessKey(sipId).singleResult();
		assertThat(sip).as("waits only for the mail to the unit").isNotNull();
		assertThat(runtimeService().getActiveActivityIds(sip.getId())).containsExactly("notifyCoordinatorOfWithdrawal");
	}

	@Test
	void a_plan_with_a_school_as_huvudansvar_through_the_engine_rest_api_is_refused_and_the_task_stays_open() {
		Task plan = planTaskOfANewSip();
		Map<String, Object> body = Map.of("variables", Map.of(
				"actions", Map.of("value", SipPlanTest.twoActionsJson(), "type", "Json"),
				"huvudansvar", Map.of("value", SipFixtures.SCHOOL),
				"followUpDate", Map.of("value", "2099-01-01")));

		ResponseEntity<Map<String, Object>> response = http.withBasicAuth(SOCIAL_WORKER, PASSWORD)
			.exchange("/engine-rest/task/" + plan.getId() + "/complete", HttpMethod.POST, new HttpEntity<>(body), JSON_OBJECT);

		assertThat(response.getStatusCode().is2xxSuccessful()).isFalse();
		assertThat((String) response.getBody().get("message")).contains("huvudansvar: Huvudansvaret ligger hos regionen eller kommunen");
		assertThat(taskService().createTaskQuery().taskId(plan.getId()).count()).isEqualTo(1);
	}

	private Task planTaskOfANewSip() {
		String instanceId = (String) post(SOCIAL_WORKER, SipFixtures.socialServicesRequestWithPsychiatryAndSchool()).getBody()
			.get("processInstanceId");
		// the rest of the way on the engine: this test is about the plan task's HTTP answer
		runtimeService().createProcessInstanceModification(instanceId).cancelAllForActivity("giveConsent").startBeforeActivity("writePlan")
			.execute();
		return taskService().createTaskQuery().processInstanceId(instanceId).taskDefinitionKey("writePlan").singleResult();
	}

	private ResponseEntity<Map<String, Object>> post(String user, Object request) {
		return http.withBasicAuth(user, PASSWORD).exchange("/api/sip-requests", HttpMethod.POST, new HttpEntity<>(request), JSON_OBJECT);
	}

	private ResponseEntity<Map<String, Object>> withdraw(String user, String sipId) {
		return http.withBasicAuth(user, PASSWORD).exchange("/api/sip/" + sipId + "/withdraw-consent", HttpMethod.POST, null, JSON_OBJECT);
	}

	@SuppressWarnings("unchecked")
	private static List<String> fields(ResponseEntity<Map<String, Object>> response) {
		return List.copyOf(((Map<String, String>) response.getBody().get("errors")).keySet());
	}

}
