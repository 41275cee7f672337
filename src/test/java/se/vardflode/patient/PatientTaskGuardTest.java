package se.vardflode.patient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;
import static se.vardflode.patient.PatientTaskFixtures.DEMO_PASSWORD;
import static se.vardflode.patient.PatientTaskFixtures.LOVA;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import se.vardflode.VardflodeTest;
import se.vardflode.kernel.PatientAssignee;
import se.vardflode.patient.PatientAuditLog.Action;
import se.vardflode.patient.PatientAuditLog.ActorType;

/**
 * Lova's SIP consent, a real patient task started through the staff API, attacked through {@code /engine-rest} the
 * way staff could: the process owner (whom the engine's authorization lets do anything) and a unit nurse try to take
 * the task, hand it on, change it, end it or delete it. Each attempt is a 403, changes nothing, and is a row in the
 * PDL access log; the patient still answers it in the patient page.
 */
@VardflodeTest
class PatientTaskGuardTest {

	static final String PROCESS_OWNER = "processagare";
	static final String MUNICIPALITY_COORDINATOR = "kommun.eva";

	@LocalServerPort
	int port;
	@Autowired
	TestRestTemplate http;
	@Autowired
	PatientAuditLog auditLog;

	String sipInstanceId;
	Task consent;

	@BeforeEach
	void lovaIsAskedForHerSipConsent() {
		ResponseEntity<Map> started = http.withBasicAuth(MUNICIPALITY_COORDINATOR, DEMO_PASSWORD).postForEntity("/api/sip-requests", Map.of(
				"patientPersonnummer", LOVA.formatted(), "patientEmail", "lova@example.se", "initiatingOrganisation", "Gävle kommun",
				"initiatingUnitId", "kommun-gavle-socialtjanst", "reason", "Behöver samordnade insatser från psykiatri och socialtjänst",
				"participants", Map.of("regionUnitIds", List.of("psykiatri-gavleborg"), "external", List.of())), Map.class);
		assertThat(started.getStatusCode()).isEqualTo(HttpStatus.CREATED);
		sipInstanceId = (String) started.getBody().get("processInstanceId");
		consent = taskService().createTaskQuery().processInstanceId(sipInstanceId).singleResult();
		assertThat(consent.getAssignee()).isEqualTo(PatientAssignee.of(LOVA));
	}

	@Test
	void the_process_owner_cannot_take_the_patients_task_and_then_answer_her_consent() {
		ResponseEntity<String> taken = post(PROCESS_OWNER, "/assignee", Map.of("userId", PROCESS_OWNER));
		ResponseEntity<String> answered = post(PROCESS_OWNER, "/complete",
				Map.of("variables", Map.of("consent", Map.of("value", "yes"))));

		assertThat(taken.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
		assertThat(answered.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
		assertStillLovasOpenTask();
		assertThat(refusalsLogged()).isEqualTo(2);
	}

	@Test
	void no_way_of_handing_the_patients_task_on_works_for_the_process_owner() {
		List<ResponseEntity<String>> attempts = List.of(
				post(PROCESS_OWNER, "/claim", Map.of("userId", PROCESS_OWNER)),
				post(PROCESS_OWNER, "/unclaim", Map.of()),
				post(PROCESS_OWNER, "/delegate", Map.of("userId", "kommun.eva")),
				post(PROCESS_OWNER, "/identity-links", Map.of("groupId", "kommun-gavle-socialtjanst", "type", "candidate")),
				post(PROCESS_OWNER, "/identity-links", Map.of("userId", "kommun.eva", "type", "candidate")),
				post(PROCESS_OWNER, "/identity-links/delete", Map.of("userId", PatientAssignee.of(LOVA), "type", "assignee")),
				post(PROCESS_OWNER, "/identity-links", Map.of("userId", PROCESS_OWNER, "type", "owner")),
				exchange(PROCESS_OWNER, HttpMethod.PUT, "", Map.of("name", "Samtycke till SIP", "assignee", PROCESS_OWNER)));

		assertThat(attempts).extracting(ResponseEntity::getStatusCode).containsOnly(HttpStatus.FORBIDDEN);
		assertStillLovasOpenTask();
		assertThat(taskService().getIdentityLinksForTask(consent.getId())).extracting(link -> link.getType())
			.containsExactly("assignee");
		assertThat(refusalsLogged()).isEqualTo(attempts.size());
	}

	@Test
	void no_way_of_ending_or_changing_the_patients_task_works_for_the_process_owner() {
		Map<String, Object> yes = Map.of("variables", Map.of("consent", Map.of("value", "yes")));
		List<ResponseEntity<String>> attempts = List.of(
				post(PROCESS_OWNER, "/submit-form", yes),
				post(PROCESS_OWNER, "/resolve", yes),
				post(PROCESS_OWNER, "/bpmnError", Map.of("errorCode", "consentWithdrawn")),
				post(PROCESS_OWNER, "/bpmnEscalation", Map.of("escalationCode", "consentWithdrawn")),
				exchange(PROCESS_OWNER, HttpMethod.PUT, "/variables/consent", Map.of("value", "yes")),
				exchange(PROCESS_OWNER, HttpMethod.PUT, "/localVariables/consent", Map.of("value", "yes")),
				post(PROCESS_OWNER, "/variables", Map.of("modifications", Map.of("consent", Map.of("value", "yes")))),
				exchange(PROCESS_OWNER, HttpMethod.DELETE, "/variables/unitId", null),
				exchange(PROCESS_OWNER, HttpMethod.DELETE, "", null));

		assertThat(attempts).extracting(ResponseEntity::getStatusCode).containsOnly(HttpStatus.FORBIDDEN);
		assertStillLovasOpenTask();
		assertThat(runtimeService().getVariable(sipInstanceId, "consent")).isNull();
		assertThat(runtimeService().getVariable(sipInstanceId, "unitId")).isEqualTo("kommun-gavle-socialtjanst");
		assertThat(refusalsLogged()).isEqualTo(attempts.size());
	}

	@Test
	void a_unit_nurse_trying_to_take_the_patients_task_is_refused_and_logged_too() {
		ResponseEntity<String> taken = post(MUNICIPALITY_COORDINATOR, "/claim", Map.of("userId", MUNICIPALITY_COORDINATOR));

		assertThat(taken.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
		assertStillLovasOpenTask();
		assertThat(auditLog.entriesFor(LOVA))
			.filteredOn(entry -> entry.action() == Action.REFUSED_CHANGE && consent.getId().equals(entry.taskId()))
			.singleElement().satisfies(entry -> {
				assertThat(entry.actor()).isEqualTo(MUNICIPALITY_COORDINATOR);
				assertThat(entry.actorType()).isEqualTo(ActorType.STAFF);
			});
	}

	@Test
	void a_staff_task_cannot_be_handed_to_a_patient_where_her_page_would_show_it() {
		Task coordinatorsTask = taskService().newTask();
		coordinatorsTask.setName("Ring socialsekreteraren");
		taskService().saveTask(coordinatorsTask);
		String patient = PatientAssignee.of(LOVA);
		try {
			List<ResponseEntity<String>> attempts = List.of(
					http.withBasicAuth(PROCESS_OWNER, DEMO_PASSWORD).postForEntity("/engine-rest/task/" + coordinatorsTask.getId() + "/assignee",
							Map.of("userId", patient), String.class),
					http.withBasicAuth(PROCESS_OWNER, DEMO_PASSWORD).postForEntity("/engine-rest/task/" + coordinatorsTask.getId() + "/delegate",
							Map.of("userId", patient), String.class),
					http.withBasicAuth(PROCESS_OWNER, DEMO_PASSWORD).exchange("/engine-rest/task/" + coordinatorsTask.getId(), HttpMethod.PUT,
							new HttpEntity<>(Map.of("name", "Ring socialsekreteraren", "owner", patient)), String.class),
					http.withBasicAuth(PROCESS_OWNER, DEMO_PASSWORD).postForEntity("/engine-rest/task/create",
							Map.of("name", "Svara på en fråga", "assignee", patient), String.class));

			assertThat(attempts).extracting(ResponseEntity::getStatusCode).containsOnly(HttpStatus.FORBIDDEN);
			assertThat(taskService().createTaskQuery().taskAssignee(patient).list()).extracting(Task::getId).containsExactly(consent.getId());
			assertThat(taskService().createTaskQuery().taskId(coordinatorsTask.getId()).singleResult().getOwner()).isNull();
		}
		finally {
			taskService().deleteTask(coordinatorsTask.getId(), true);
		}
	}

	@Test
	void the_patient_still_answers_her_consent_in_the_patient_page() {
		post(PROCESS_OWNER, "/assignee", Map.of("userId", PROCESS_OWNER));
		PatientSession lova = new PatientSession(port);
		assertThat(lova.logIn(LOVA.formatted(), DEMO_PASSWORD)).endsWith("/patient/");

		assertThat(lova.postJson("/api/patient/tasks/" + consent.getId(),
				Map.of("consent", "yes", "acceptedParticipants", List.of("psykiatri-gavleborg"))).statusCode()).isEqualTo(204);
		assertThat(runtimeService().getVariable(sipInstanceId, "consent")).isEqualTo("yes");
	}

	private void assertStillLovasOpenTask() {
		Task now = taskService().createTaskQuery().taskId(consent.getId()).singleResult();
		assertThat(now).as("the consent task is still open").isNotNull();
		assertThat(now.getAssignee()).isEqualTo(PatientAssignee.of(LOVA));
		assertThat(now.getOwner()).isNull();
		assertThat(now.getDelegationState()).isNull();
	}

	private long refusalsLogged() {
		return auditLog.entriesFor(LOVA).stream()
			.filter(entry -> entry.action() == Action.REFUSED_CHANGE && consent.getId().equals(entry.taskId()))
			.filter(entry -> entry.actorType() == ActorType.STAFF && PROCESS_OWNER.equals(entry.actor()))
			.count();
	}

	private ResponseEntity<String> post(String user, String path, Map<String, ?> body) {
		return exchange(user, HttpMethod.POST, path, body);
	}

	private ResponseEntity<String> exchange(String user, HttpMethod method, String path, Map<String, ?> body) {
		return http.withBasicAuth(user, DEMO_PASSWORD).exchange("/engine-rest/task/" + consent.getId() + path, method,
				body == null ? null : new HttpEntity<>(body), String.class);
	}

}
