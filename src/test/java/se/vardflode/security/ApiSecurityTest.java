package se.vardflode.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import se.vardflode.VardflodeTest;

/** What anonymous callers, unit staff and the process owner can reach over HTTP. */
@VardflodeTest
class ApiSecurityTest {

	static final String BVC_NURSE = "bvc.karin";
	static final String PST_MEMBER = "pst.lena";
	static final String PROCESS_OWNER = "processagare";
	static final String DEMO_PASSWORD = "demo";
	static final ParameterizedTypeReference<List<Map<String, Object>>> TASK_LIST = new ParameterizedTypeReference<>() {
	};

	@Autowired
	TestRestTemplate http;

	Task bvcTask;
	Task pstTask;

	@AfterEach
	void removeTasks() {
		for (Task task : new Task[] { bvcTask, pstTask }) {
			if (task != null) {
				taskService().deleteTask(task.getId(), true);
			}
		}
	}

	@Test
	void anonymous_callers_get_401_from_the_engine_rest_api() {
		ResponseEntity<String> response = http.getForEntity("/engine-rest/task", String.class);

		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
	}

	@Test
	void a_wrong_password_gets_401() {
		// a user no other test signs in as: Camunda delays the next login after a failed one
		ResponseEntity<String> response = http.withBasicAuth("um.sara", "fel-lösenord").getForEntity("/engine-rest/task", String.class);

		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
	}

	@Test
	void a_bvc_nurse_sees_bvc_tasks_and_not_pst_tasks() {
		bvcTask = unitTask("Hembesök nyfödd", "bvc-gavle");
		pstTask = unitTask("PST-bedömning", "pst-sodra-halsingland");

		List<Map<String, Object>> bvcView = tasksSeenBy(BVC_NURSE);
		List<Map<String, Object>> pstView = tasksSeenBy(PST_MEMBER);

		assertThat(bvcView).extracting(task -> task.get("id")).containsExactly(bvcTask.getId());
		assertThat(pstView).extracting(task -> task.get("id")).containsExactly(pstTask.getId());
	}

	@Test
	void a_nurse_can_work_her_units_task_but_not_another_units() {
		bvcTask = unitTask("Hembesök nyfödd", "bvc-gavle");
		pstTask = unitTask("PST-bedömning", "pst-sodra-halsingland");

		ResponseEntity<String> own = http.withBasicAuth(BVC_NURSE, DEMO_PASSWORD)
			.postForEntity("/engine-rest/task/" + bvcTask.getId() + "/claim", Map.of("userId", BVC_NURSE), String.class);
		ResponseEntity<String> other = http.withBasicAuth(BVC_NURSE, DEMO_PASSWORD)
			.postForEntity("/engine-rest/task/" + pstTask.getId() + "/claim", Map.of("userId", BVC_NURSE), String.class);

		assertThat(own.getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
		assertThat(other.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
		assertThat(taskService().createTaskQuery().taskId(pstTask.getId()).singleResult().getAssignee()).isNull();
	}

	@Test
	void health_is_public_and_up() {
		ResponseEntity<String> response = http.getForEntity("/actuator/health", String.class);

		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(response.getBody()).contains("\"status\":\"UP\"");
	}

	@Test
	void other_actuator_endpoints_are_for_the_process_owner_only() {
		assertThat(http.getForEntity("/actuator/metrics", String.class).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
		assertThat(http.withBasicAuth(BVC_NURSE, DEMO_PASSWORD).getForEntity("/actuator/metrics", String.class).getStatusCode())
			.isEqualTo(HttpStatus.FORBIDDEN);
		assertThat(http.withBasicAuth(PROCESS_OWNER, DEMO_PASSWORD).getForEntity("/actuator/metrics", String.class).getStatusCode())
			.isEqualTo(HttpStatus.OK);
	}

	@Test
	void start_page_tasklist_and_patient_placeholder_are_served() {
		assertThat(http.getForEntity("/", String.class).getBody()).contains("/camunda/app/tasklist/", "/camunda/app/cockpit/", "/patient/");
		assertThat(http.getForEntity("/camunda/app/tasklist/", String.class).getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(http.getForEntity("/patient", String.class).getBody()).contains("Patientsidan");
	}

	private Task unitTask(String name, String unit) {
		Task task = taskService().newTask();
		task.setName(name);
		taskService().saveTask(task);
		taskService().addCandidateGroup(task.getId(), unit);
		return task;
	}

	private List<Map<String, Object>> tasksSeenBy(String user) {
		ResponseEntity<List<Map<String, Object>>> response = http.withBasicAuth(user, DEMO_PASSWORD)
			.exchange("/engine-rest/task", HttpMethod.GET, null, TASK_LIST);
		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
		return response.getBody();
	}

}
