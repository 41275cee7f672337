package se.vardflode.patient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.historyService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;
import static se.vardflode.patient.PatientTaskFixtures.DEMO_PASSWORD;
import static se.vardflode.patient.PatientTaskFixtures.LOVA;
import static se.vardflode.patient.PatientTaskFixtures.TOLVAN;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

import se.vardflode.VardflodeTest;
import se.vardflode.kernel.Personnummer;
import se.vardflode.patient.PatientAuditLog.Action;

/**
 * The patient API as the patient page uses it, with a test-only questionnaire pathway: a patient logs in, sees and
 * completes only her own tasks, the server checks her answers, staff cannot complete her task, and every read is
 * in the access log.
 */
@VardflodeTest
class PatientTaskApiTest {

	static final String BVC_NURSE = "bvc.karin";
	static final String PROCESS_OWNER = "processagare";
	static final String PST_MEMBER = "pst.lena";

	@LocalServerPort
	int port;
	@Autowired
	PatientAuditLog auditLog;
	@Autowired
	TestRestTemplate http;

	static boolean deployed;

	Instant due = Instant.parse("2026-12-01T12:00:00Z");
	ProcessInstance tolvansQuestionnaire;
	ProcessInstance lovasQuestionnaire;
	Task tolvansTask;
	Task lovasTask;

	@BeforeEach
	void questionnairesSentToTolvanAndLova(@Autowired RepositoryService repositoryService) {
		if (!deployed) {
			PatientTaskFixtures.deployQuestionnaire(repositoryService);
			deployed = true;
		}
		tolvansQuestionnaire = PatientTaskFixtures.questionnaireSentTo(runtimeService(), TOLVAN, due);
		lovasQuestionnaire = PatientTaskFixtures.questionnaireSentTo(runtimeService(), LOVA, due);
		tolvansTask = PatientTaskFixtures.taskOf(taskService(), tolvansQuestionnaire);
		lovasTask = PatientTaskFixtures.taskOf(taskService(), lovasQuestionnaire);
	}

	@Test
	void a_patient_sees_her_open_tasks_with_unit_and_due_date_and_the_read_is_logged() {
		PatientSession tolvan = loggedIn(TOLVAN);

		HttpResponse<String> response = tolvan.get("/api/patient/tasks");

		assertThat(response.statusCode()).isEqualTo(200);
		JsonNode body = PatientSession.json(response);
		assertThat(body.path("patientName").asText()).isEqualTo("Tolvan Tolvansson");
		assertThat(body.path("tasks").findValuesAsText("id")).containsExactly(tolvansTask.getId());
		JsonNode task = body.path("tasks").get(0);
		assertThat(task.path("name").asText()).isEqualTo(PatientTaskFixtures.FORM_TITLE);
		assertThat(task.path("unit").asText()).isEqualTo(PatientTaskFixtures.UNIT_NAME);
		assertThat(task.path("due").asText()).isEqualTo("2026-12-01");
		assertThat(auditLog.entriesFor(TOLVAN)).extracting(PatientAuditLog.Entry::action).contains(Action.LIST_TASKS);
	}

	@Test
	void a_patient_opens_her_task_with_its_camunda_form_and_the_read_is_logged() {
		PatientSession tolvan = loggedIn(TOLVAN);

		HttpResponse<String> response = tolvan.get("/api/patient/tasks/" + tolvansTask.getId());

		assertThat(response.statusCode()).isEqualTo(200);
		JsonNode body = PatientSession.json(response);
		assertThat(body.path("form").path("id").asText()).isEqualTo("patient-demo-questionnaire");
		assertThat(body.path("data").size()).isZero();
		assertThat(auditLog.entriesFor(TOLVAN)).anySatisfy(entry -> {
			assertThat(entry.action()).isEqualTo(Action.READ_TASK_FORM);
			assertThat(entry.taskId()).isEqualTo(tolvansTask.getId());
			assertThat(entry.actorType()).isEqualTo(PatientAuditLog.ActorType.PATIENT);
		});
	}

	@Test
	void another_patients_task_is_not_found_for_reading_or_submitting() {
		PatientSession tolvan = loggedIn(TOLVAN);

		assertThat(tolvan.get("/api/patient/tasks/" + lovasTask.getId()).statusCode()).isEqualTo(404);
		assertThat(tolvan.get("/api/patient/tasks/no-such-task").statusCode()).isEqualTo(404);
		assertThat(tolvan.postJson("/api/patient/tasks/" + lovasTask.getId(), PatientTaskFixtures.completeAnswer()).statusCode())
			.isEqualTo(404);
		assertThat(taskService().createTaskQuery().taskId(lovasTask.getId()).count()).isEqualTo(1);
	}

	@Test
	void an_incomplete_answer_gets_field_errors_and_the_task_stays_open() {
		PatientSession tolvan = loggedIn(TOLVAN);
		Map<String, Object> incomplete = new HashMap<>(PatientTaskFixtures.completeAnswer());
		incomplete.remove("mood");
		incomplete.put("sleepHours", 30);
		incomplete.put("consent", false);

		HttpResponse<String> response = tolvan.postJson("/api/patient/tasks/" + tolvansTask.getId(), incomplete);

		assertThat(response.statusCode()).isEqualTo(400);
		JsonNode problem = PatientSession.json(response);
		assertThat(problem.path("type").asText()).isEqualTo("https://vardflode.se/problem/invalid-form");
		assertThat(problem.path("errors").properties()).extracting(Map.Entry::getKey).containsExactlyInAnyOrder("mood", "sleepHours", "consent");
		assertThat(taskService().createTaskQuery().taskId(tolvansTask.getId()).count()).isEqualTo(1);
		assertThat(runtimeService().getVariables(tolvansQuestionnaire.getId())).containsOnlyKeys("patientId", "unitId", "dueDate");
	}

	@Test
	void a_complete_answer_completes_the_task_with_her_answers() {
		PatientSession tolvan = loggedIn(TOLVAN);

		HttpResponse<String> response = tolvan.postJson("/api/patient/tasks/" + tolvansTask.getId(), PatientTaskFixtures.completeAnswer());

		assertThat(response.statusCode()).isEqualTo(204);
		assertThat(runtimeService().createProcessInstanceQuery().processInstanceId(tolvansQuestionnaire.getId()).count()).isZero();
		Map<String, Object> answers = new HashMap<>();
		for (HistoricVariableInstance variable : historyService().createHistoricVariableInstanceQuery()
			.processInstanceId(tolvansQuestionnaire.getId()).list()) {
			answers.put(variable.getName(), variable.getValue());
		}
		assertThat(answers).containsEntry("mood", "ok").containsEntry("sleepHours", 7).containsEntry("consent", true)
			.containsEntry("comment", "Sover dåligt ibland");
		assertThat(answers.get("worries").toString()).isEqualTo("[\"sleep\",\"work\"]");
	}

	@Test
	void staff_do_not_see_a_patients_task_and_cannot_complete_it_not_even_the_process_owner() {
		Map<String, Object> body = Map.of("variables", Map.of("mood", Map.of("value", "ok")));

		ResponseEntity<List> unitView = http.withBasicAuth(PST_MEMBER, DEMO_PASSWORD).getForEntity("/engine-rest/task", List.class);
		ResponseEntity<String> byNurse = http.withBasicAuth(PST_MEMBER, DEMO_PASSWORD)
			.postForEntity("/engine-rest/task/" + tolvansTask.getId() + "/complete", body, String.class);
		ResponseEntity<String> byOwner = http.withBasicAuth(PROCESS_OWNER, DEMO_PASSWORD)
			.postForEntity("/engine-rest/task/" + tolvansTask.getId() + "/submit-form",
					Map.of("variables", Map.of("mood", Map.of("value", "ok"), "sleepHours", Map.of("value", 7), "consent", Map.of("value", true))),
					String.class);

		assertThat(unitView.getBody()).isEmpty();
		assertThat(byNurse.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
		assertThat(byOwner.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
		assertThat(taskService().createTaskQuery().taskId(tolvansTask.getId()).count()).isEqualTo(1);
	}

	@Test
	void a_staff_account_cannot_log_in_or_call_the_patient_api() {
		PatientSession nurse = new PatientSession(port);

		assertThat(nurse.logIn(BVC_NURSE, DEMO_PASSWORD)).endsWith("/patient/login?fel");
		assertThat(nurse.get("/api/patient/tasks").statusCode()).isEqualTo(401);
		assertThat(nurse.getWithBasic("/api/patient/tasks", BVC_NURSE, DEMO_PASSWORD).statusCode()).isEqualTo(401);
	}

	@Test
	void a_patient_session_is_not_a_staff_login() {
		PatientSession tolvan = loggedIn(TOLVAN);
		Map<String, String> query = Map.of("personnummer", "19121212-1212");

		assertThat(tolvan.postJson(PatientAuditController.PATH, query).statusCode()).isEqualTo(401);
		assertThat(http.withBasicAuth(TOLVAN.value(), DEMO_PASSWORD).postForEntity(PatientAuditController.PATH, query, String.class)
			.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
	}

	@Test
	void a_wrong_password_does_not_log_in() {
		assertThat(new PatientSession(port).logIn(LOVA.value(), "fel")).endsWith("/patient/login?fel");
	}

	@Test
	void the_process_owner_reads_the_access_log_and_unit_staff_may_not() {
		loggedIn(LOVA).get("/api/patient/tasks/" + lovasTask.getId());
		Map<String, String> query = Map.of("personnummer", "19890101-9805");

		ResponseEntity<Map> owner = http.withBasicAuth(PROCESS_OWNER, DEMO_PASSWORD).postForEntity(PatientAuditController.PATH, query, Map.class);
		ResponseEntity<String> nurse = http.withBasicAuth(BVC_NURSE, DEMO_PASSWORD).postForEntity(PatientAuditController.PATH, query, String.class);

		assertThat(owner.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat((List<?>) owner.getBody().get("entries")).anySatisfy(entry -> {
			Map<?, ?> row = (Map<?, ?>) entry;
			assertThat(row.get("action")).isEqualTo("READ_TASK_FORM");
			assertThat(row.get("taskId")).isEqualTo(lovasTask.getId());
			assertThat(row.get("actorType")).isEqualTo("PATIENT");
			assertThat(row.get("path")).isEqualTo("GET /api/patient/tasks/" + lovasTask.getId());
		});
		assertThat(nurse.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
	}

	@Test
	void the_process_owner_reading_a_patients_task_through_the_engine_api_is_logged() {
		ResponseEntity<String> task = http.withBasicAuth(PROCESS_OWNER, DEMO_PASSWORD).getForEntity("/engine-rest/task/" + lovasTask.getId(), String.class);
		ResponseEntity<String> form = http.withBasicAuth(PROCESS_OWNER, DEMO_PASSWORD)
			.getForEntity("/engine-rest/task/" + lovasTask.getId() + "/form-variables", String.class);

		assertThat(task.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(form.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(auditLog.entriesFor(LOVA))
			.filteredOn(entry -> entry.actorType() == PatientAuditLog.ActorType.STAFF && lovasTask.getId().equals(entry.taskId()))
			.extracting(PatientAuditLog.Entry::actor, PatientAuditLog.Entry::action, PatientAuditLog.Entry::what, PatientAuditLog.Entry::taskId)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(PROCESS_OWNER, Action.ENGINE_ACCESS, "TaskQuery", lovasTask.getId()),
					org.assertj.core.groups.Tuple.tuple(PROCESS_OWNER, Action.ENGINE_ACCESS, "GetTaskFormVariables", lovasTask.getId()));
	}

	@Test
	void a_completion_whose_log_row_cannot_be_written_does_not_happen(@Autowired JdbcTemplate jdbc) {
		PatientSession tolvan = loggedIn(TOLVAN);
		// the fault, for real: the database refuses the completion's log row
		jdbc.execute("alter table patient_audit_log add constraint completion_refused check (action <> 'COMPLETE_TASK' or task_id <> '"
				+ tolvansTask.getId() + "')");
		HttpResponse<String> response;
		try {
			response = tolvan.postJson("/api/patient/tasks/" + tolvansTask.getId(), PatientTaskFixtures.completeAnswer());
		}
		finally {
			jdbc.execute("alter table patient_audit_log drop constraint completion_refused");
		}

		assertThat(response.statusCode()).isEqualTo(500);
		assertThat(taskService().createTaskQuery().taskId(tolvansTask.getId()).count()).isEqualTo(1);
		assertThat(runtimeService().getVariables(tolvansQuestionnaire.getId())).doesNotContainKey("mood");
		assertThat(auditLog.entriesFor(TOLVAN)).noneMatch(entry -> entry.action() == Action.COMPLETE_TASK && tolvansTask.getId().equals(entry.taskId()));
	}

	@Test
	void a_completion_and_its_log_row_are_written_together() {
		PatientSession tolvan = loggedIn(TOLVAN);

		assertThat(tolvan.postJson("/api/patient/tasks/" + tolvansTask.getId(), PatientTaskFixtures.completeAnswer()).statusCode()).isEqualTo(204);

		assertThat(auditLog.entriesFor(TOLVAN)).anySatisfy(entry -> {
			assertThat(entry.action()).isEqualTo(Action.COMPLETE_TASK);
			assertThat(entry.taskId()).isEqualTo(tolvansTask.getId());
		});
	}

	@Test
	void a_nurse_who_may_not_read_a_patients_task_leaves_no_access_entry() {
		ResponseEntity<String> attempt = http.withBasicAuth(BVC_NURSE, DEMO_PASSWORD).getForEntity("/engine-rest/task/" + tolvansTask.getId(), String.class);

		assertThat(attempt.getStatusCode().is2xxSuccessful()).isFalse();
		assertThat(auditLog.entriesFor(TOLVAN)).noneMatch(entry -> BVC_NURSE.equals(entry.actor()));
	}

	private PatientSession loggedIn(Personnummer patient) {
		PatientSession session = new PatientSession(port);
		assertThat(session.logIn(patient.formatted(), DEMO_PASSWORD)).endsWith("/patient/");
		return session;
	}

}
