package se.vardflode.forms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.DelegationState;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import se.vardflode.VardflodeTest;
import se.vardflode.triage.CallBackFixtures;

/**
 * The ways other than its form to end a unit's task — resolve, BPMN error, escalation, delete — on the real call-back
 * task (promised-call-back.bpmn has no boundary event on it that catches an error or escalation), through the engine
 * REST API as the advice-line nurse and the process owner would call it; and what a refusal leaves in the log.
 */
@VardflodeTest
@ExtendWith(OutputCaptureExtension.class)
class TaskEndingGuardTest {

	static final String ADVICE_NURSE = "radgivning.erik";
	static final String PROCESS_OWNER = "processagare";

	@Autowired
	TestRestTemplate http;

	ProcessInstance callBack;
	Task callTask;

	@BeforeEach
	void adviceLinePromisesACallBack() {
		callBack = CallBackFixtures.adviceLinePromisesCallBack(runtimeService(), Instant.now(), Duration.ofHours(2));
		callTask = taskService().createTaskQuery().processInstanceId(callBack.getId()).singleResult();
	}

	@Test
	void variables_ride_only_on_the_form_not_on_an_error_an_escalation_or_a_resolve() {
		Map<String, Object> body = Map.of("variables", Map.of("unitId", Map.of("value", "bvc-gavle")));

		ResponseEntity<String> error = post(ADVICE_NURSE, "/bpmnError", Map.of("errorCode", "noAnswer", "variables", body.get("variables")));
		ResponseEntity<String> escalation = post(ADVICE_NURSE, "/bpmnEscalation",
				Map.of("escalationCode", "noAnswer", "variables", body.get("variables")));
		taskService().delegateTask(callTask.getId(), ADVICE_NURSE);
		ResponseEntity<String> resolve = post(ADVICE_NURSE, "/resolve", body);

		assertThat(error.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(escalation.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(resolve.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(error.getBody()).contains("unitId");
		assertThat(runtimeService().getVariable(callBack.getId(), "unitId")).isEqualTo(CallBackFixtures.ADVICE_LINE);
		assertThat(taskService().createTaskQuery().taskId(callTask.getId()).count()).isEqualTo(1);
	}

	@Test
	void an_error_the_model_does_not_catch_on_the_task_cannot_end_it_even_for_the_process_owner() {
		ResponseEntity<String> error = post(PROCESS_OWNER, "/bpmnError", Map.of("errorCode", "noAnswer"));
		ResponseEntity<String> escalation = post(PROCESS_OWNER, "/bpmnEscalation", Map.of("escalationCode", "noAnswer"));

		assertThat(error.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(error.getBody()).contains("noAnswer", "gränshändelse");
		assertThat(escalation.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(runtimeService().createProcessInstanceQuery().processInstanceId(callBack.getId()).count()).isEqualTo(1);
		assertThat(taskService().createTaskQuery().taskId(callTask.getId()).count()).isEqualTo(1);
	}

	@Test
	void a_delegated_task_is_resolved_through_its_form_which_is_checked() {
		taskService().delegateTask(callTask.getId(), ADVICE_NURSE);

		ResponseEntity<String> bad = post(ADVICE_NURSE, "/submit-form",
				Map.of("variables", Map.of("patientReached", Map.of("value", "maybe"), "callNote", Map.of("value", "Ringt"))));
		ResponseEntity<String> good = post(ADVICE_NURSE, "/submit-form",
				Map.of("variables", Map.of("patientReached", Map.of("value", "yes"), "callNote", Map.of("value", "Ringt"))));

		assertThat(bad.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(good.getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
		assertThat(taskService().createTaskQuery().taskId(callTask.getId()).singleResult().getDelegationState())
			.isEqualTo(DelegationState.RESOLVED);
		assertThat(runtimeService().getVariable(callBack.getId(), "patientReached")).isEqualTo("yes");
	}

	@Test
	void a_process_task_cannot_be_deleted_which_is_a_400_not_a_500() {
		ResponseEntity<String> deleted = http.withBasicAuth(PROCESS_OWNER, "demo").exchange("/engine-rest/task/" + callTask.getId(),
				HttpMethod.DELETE, null, String.class);

		assertThat(deleted.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(taskService().createTaskQuery().taskId(callTask.getId()).count()).isEqualTo(1);
	}

	@Test
	void a_refused_submission_is_one_info_line_without_a_stack_trace(CapturedOutput output) {
		ResponseEntity<String> refused = post(ADVICE_NURSE, "/complete",
				Map.of("variables", Map.of("patientReached", Map.of("value", "maybe"))));

		assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(output.getOut()).contains("INFO").contains("Refused a submission of form call-back-outcome for task " + callTask.getId())
			.doesNotContain("ENGINE-16004").doesNotContain("FormValidationException");
	}

	@Test
	void a_real_failure_is_still_logged_as_an_error_with_its_cause(CapturedOutput output) {
		assertThatThrownBy(() -> taskService().complete("no-such-task", Map.of())).isInstanceOf(ProcessEngineException.class)
			.isNotInstanceOf(BadUserRequestException.class);

		assertThat(output.getOut()).contains("ERROR").contains("ENGINE-16004").contains("no-such-task");
	}

	private ResponseEntity<String> post(String user, String path, Map<String, ?> body) {
		return http.withBasicAuth(user, "demo").postForEntity("/engine-rest/task/" + callTask.getId() + path, body, String.class);
	}

}
