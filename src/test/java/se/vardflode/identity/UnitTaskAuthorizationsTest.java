package se.vardflode.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.authorizationService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.identityService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.Group;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import se.vardflode.VardflodeTest;

/**
 * A unit may read the process definitions whose tasks it works, which Tasklist needs for the task card's process name
 * and the diagram, and nothing more: the advice line works "Bedöm kontakten" in "Triage till PST", which it does not
 * start. Through the engine's REST API, the door Tasklist uses.
 */
@VardflodeTest
class UnitTaskAuthorizationsTest {

	static final String NURSE = "radgivning.erik";
	static final String ADVICE_LINE = "radgivning";
	static final String TRIAGE = "pst-triage";

	@Autowired
	TestRestTemplate http;
	@Autowired
	ProcessEngine processEngine;
	@Autowired
	UnitTaskAuthorizationsPlugin plugin;

	String triageInstanceId;

	@BeforeEach
	void theAdviceLineHasNeverHadATriageTask() {
		revokeReadOfTheTriage();
	}

	@Test
	void a_unit_given_a_task_may_read_its_process_definition_for_the_diagram_and_the_process_name() {
		assertThat(get(NURSE, triageXml()).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);

		triageInstanceId = registerPhoneContact();

		assertThat(get(NURSE, triageXml()).getStatusCode()).isEqualTo(HttpStatus.OK);
		Map<String, Object> taskList = getHal(NURSE, "/engine-rest/task?processInstanceId=" + triageInstanceId);
		Map<String, Object> embedded = (Map<String, Object>) taskList.get("_embedded");
		assertThat((List<Map<String, Object>>) embedded.get("processDefinition")).extracting(definition -> definition.get("name"))
			.containsExactly("Triage till PST");
	}

	@Test
	void the_unit_may_not_start_the_pathway_nor_read_its_other_instances_and_other_units_may_not_read_it() {
		triageInstanceId = registerPhoneContact();

		assertThat(authorizationService().isUserAuthorized(NURSE, groupsOf(NURSE), Permissions.CREATE_INSTANCE, Resources.PROCESS_DEFINITION,
				TRIAGE)).isFalse();
		assertThat(authorizationService().isUserAuthorized(NURSE, groupsOf(NURSE), Permissions.READ_INSTANCE, Resources.PROCESS_DEFINITION,
				TRIAGE)).isFalse();
		assertThat(get("bvc.karin", triageXml()).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
	}

	@Test
	void a_start_gives_a_unit_read_of_the_definitions_of_tasks_it_had_open_before() {
		triageInstanceId = registerPhoneContact();
		revokeReadOfTheTriage();

		plugin.postProcessEngineBuild(processEngine);

		assertThat(get(NURSE, triageXml()).getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(get("bvc.karin", triageXml()).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
	}

	@Test
	void a_second_task_of_the_same_pathway_adds_no_second_grant() {
		triageInstanceId = registerPhoneContact();
		String second = registerPhoneContact();
		try {
			assertThat(authorizationService().createAuthorizationQuery().groupIdIn(ADVICE_LINE).resourceType(Resources.PROCESS_DEFINITION)
				.resourceId(TRIAGE).count()).isEqualTo(1);
		}
		finally {
			runtimeService().deleteProcessInstance(second, "test done");
		}
	}

	/** Where Tasklist fetches the diagram: by id, which answers 403 to a unit that may not read it. */
	private String triageXml() {
		String id = processEngine.getRepositoryService().createProcessDefinitionQuery().processDefinitionKey(TRIAGE).latestVersion()
			.singleResult().getId();
		return "/engine-rest/process-definition/" + id + "/xml";
	}

	private void revokeReadOfTheTriage() {
		authorizationService().createAuthorizationQuery().groupIdIn(ADVICE_LINE).resourceType(Resources.PROCESS_DEFINITION).resourceId(TRIAGE)
			.list().forEach(grant -> authorizationService().deleteAuthorization(grant.getId()));
	}

	private String registerPhoneContact() {
		ResponseEntity<Map> created = http.withBasicAuth(NURSE, "demo").postForEntity("/api/triage-contacts", Map.of(
				"personnummer", "19121212-1212", "healthCentreUnitId", "vc-gavle", "channel", "PHONE",
				"contactReason", "Nedstämd och sover dåligt", "patientEmail", "patient@example.invalid"), Map.class);
		assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
		return (String) created.getBody().get("processInstanceId");
	}

	private ResponseEntity<String> get(String user, String path) {
		return http.withBasicAuth(user, "demo").getForEntity(path, String.class);
	}

	private Map<String, Object> getHal(String user, String path) {
		HttpHeaders headers = new HttpHeaders();
		headers.set(HttpHeaders.ACCEPT, "application/hal+json");
		ResponseEntity<Map> response = http.withBasicAuth(user, "demo").exchange(path, HttpMethod.GET, new HttpEntity<>(headers), Map.class);
		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
		return response.getBody();
	}

	private List<String> groupsOf(String userId) {
		return identityService().createGroupQuery().groupMember(userId).list().stream().map(Group::getId).toList();
	}

}
