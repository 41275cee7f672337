package se.vardflode.patient;

import java.time.Instant;
import java.util.Date;
import java.util.Map;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;

import se.vardflode.kernel.Personnummer;

/**
 * A test-only pathway with one patient task, deployed by the tests (no demo process in processes/): the patient
 * answers a short questionnaire for a unit, by a due date.
 */
final class PatientTaskFixtures {

	static final String PROCESS_KEY = "patient-demo-questionnaire";
	static final String ANSWER_QUESTIONNAIRE = "answerQuestionnaire";
	static final String TASK_NAME = "Svara på frågor om ditt mående";
	/** What the patient page calls the task: its form's heading. */
	static final String FORM_TITLE = "Hur mår du?";
	static final Personnummer TOLVAN = Personnummer.parse("19121212-1212");
	static final Personnummer LOVA = Personnummer.parse("19890101-9805");
	static final String DEMO_PASSWORD = "demo";
	static final String UNIT = "pst-sodra-halsingland";
	static final String UNIT_NAME = "PST Södra Hälsingland";

	private PatientTaskFixtures() {
	}

	static BpmnModelInstance questionnaireProcess() {
		return Bpmn.createExecutableProcess(PROCESS_KEY).name("Frågor inför besök").camundaHistoryTimeToLive(30)
			.startEvent("questionnaireSent")
			.userTask(ANSWER_QUESTIONNAIRE).name(TASK_NAME)
			.camundaAssignee("patient:${patientId}")
			.camundaDueDate("${dueDate}")
			.camundaFormRef("patient-demo-questionnaire").camundaFormRefBinding("deployment")
			.endEvent("questionnaireAnswered")
			.done();
	}

	static void deployQuestionnaire(RepositoryService repositoryService) {
		repositoryService.createDeployment().name("patient-test").enableDuplicateFiltering(false)
			.addModelInstance(PROCESS_KEY + ".bpmn", questionnaireProcess())
			.addClasspathResource("patient/patient-demo-questionnaire.form")
			.deploy();
	}

	static ProcessInstance questionnaireSentTo(RuntimeService runtimeService, Personnummer patient, Instant due) {
		return runtimeService.startProcessInstanceByKey(PROCESS_KEY,
				Map.of("patientId", patient.value(), "unitId", UNIT, "dueDate", Date.from(due)));
	}

	static Task taskOf(TaskService taskService, ProcessInstance instance) {
		return taskService.createTaskQuery().processInstanceId(instance.getId()).singleResult();
	}

	/** A complete, valid answer, as the page sends it. */
	static Map<String, Object> completeAnswer() {
		return Map.of("mood", "ok", "sleepHours", 7, "worries", java.util.List.of("sleep", "work"), "comment", "Sover dåligt ibland",
				"consent", true);
	}

}
