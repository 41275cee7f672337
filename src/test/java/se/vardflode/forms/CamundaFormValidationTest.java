package se.vardflode.forms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.formService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import se.vardflode.VardflodeTest;
import se.vardflode.triage.CallBackFixtures;

/**
 * The real call-back form (forms/call-back-outcome.form) checked on every path that completes its task: the Java
 * API, and the engine REST API that Tasklist uses. A rejected submission leaves the task open and unchanged.
 */
@VardflodeTest
class CamundaFormValidationTest {

	static final String ADVICE_NURSE = "radgivning.erik";
	static final String DEMO_PASSWORD = "demo";

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
	void java_api_complete_without_the_required_note_is_refused_and_the_task_stays_open() {
		assertThatThrownBy(() -> taskService().complete(callTask.getId(), Map.of("patientReached", "maybe")))
			.isInstanceOfSatisfying(FormValidationException.class, ex -> assertThat(ex.errors()).containsExactlyInAnyOrder(
					new FieldError("patientReached", FormSubmissionValidator.NOT_AN_OPTION),
					new FieldError("callNote", FormSubmissionValidator.REQUIRED)));

		assertTaskOpenAndUnchanged();
	}

	@Test
	void java_api_submit_form_with_a_number_for_the_note_is_refused() {
		assertThatThrownBy(() -> formService().submitTaskForm(callTask.getId(), Map.of("patientReached", "yes", "callNote", 42)))
			.isInstanceOfSatisfying(FormValidationException.class,
					ex -> assertThat(ex.errors()).containsExactly(new FieldError("callNote", "Ska vara text.")));

		assertTaskOpenAndUnchanged();
	}

	@Test
	void java_api_complete_without_variables_is_refused_when_the_form_requires_fields() {
		assertThatThrownBy(() -> taskService().complete(callTask.getId())).isInstanceOf(FormValidationException.class);

		assertTaskOpenAndUnchanged();
	}

	@Test
	void a_variable_the_form_does_not_have_is_refused() {
		assertThatThrownBy(() -> taskService().complete(callTask.getId(),
				Map.of("patientReached", "yes", "callNote", "Klart", "unitId", "psykiatri-gavleborg")))
			.isInstanceOfSatisfying(FormValidationException.class,
					ex -> assertThat(ex.errors()).containsExactly(new FieldError("unitId", FormSubmissionValidator.NOT_IN_FORM)));

		assertThat(runtimeService().getVariable(callBack.getId(), "unitId")).isEqualTo(CallBackFixtures.ADVICE_LINE);
	}

	@Test
	void rest_complete_with_missing_note_and_unknown_answer_gets_400_with_field_errors() {
		ResponseEntity<String> response = http.withBasicAuth(ADVICE_NURSE, DEMO_PASSWORD).postForEntity(
				"/engine-rest/task/" + callTask.getId() + "/complete",
				Map.of("variables", Map.of("patientReached", Map.of("value", "maybe", "type", "String"))), String.class);

		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(response.getBody()).contains("patientReached: " + FormSubmissionValidator.NOT_AN_OPTION,
				"callNote: " + FormSubmissionValidator.REQUIRED);
		assertTaskOpenAndUnchanged();
	}

	@Test
	void rest_submit_form_as_tasklist_does_gets_400_for_a_too_long_note() {
		ResponseEntity<String> response = http.withBasicAuth(ADVICE_NURSE, DEMO_PASSWORD).postForEntity(
				"/engine-rest/task/" + callTask.getId() + "/submit-form",
				Map.of("variables", Map.of("patientReached", Map.of("value", "yes"), "callNote", Map.of("value", "x".repeat(501)))),
				String.class);

		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(response.getBody()).contains("callNote: Högst 500 tecken.");
		assertTaskOpenAndUnchanged();
	}

	@Test
	void rest_submit_form_with_a_valid_answer_completes_the_task() {
		ResponseEntity<String> response = http.withBasicAuth(ADVICE_NURSE, DEMO_PASSWORD).postForEntity(
				"/engine-rest/task/" + callTask.getId() + "/submit-form",
				Map.of("variables", Map.of("patientReached", Map.of("value", "yes"), "callNote", Map.of("value", "Råd om egenvård"))),
				String.class);

		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
		assertThat(taskService().createTaskQuery().taskId(callTask.getId()).count()).isZero();
		assertThat(runtimeService().createProcessInstanceQuery().processInstanceId(callBack.getId()).count()).isZero();
	}

	@Test
	void java_api_complete_with_typed_valid_values_completes_the_task() {
		taskService().complete(callTask.getId(), Variables.createVariables()
			.putValueTyped("patientReached", Variables.stringValue("no-answer"))
			.putValue("callNote", "Inget svar"));

		assertThat(taskService().createTaskQuery().taskId(callTask.getId()).count()).isZero();
	}

	private void assertTaskOpenAndUnchanged() {
		assertThat(taskService().createTaskQuery().taskId(callTask.getId()).count()).isEqualTo(1);
		assertThat(runtimeService().getVariables(callBack.getId())).containsOnlyKeys("unitId", "callBackAt", "contactReason");
	}

}
