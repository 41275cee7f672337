package se.vardflode.patient;

import java.util.List;
import java.util.Optional;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.VariableMap;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import se.vardflode.kernel.PatientAssignee;
import se.vardflode.kernel.Personnummer;
import se.vardflode.patient.PatientAuditLog.Action;

/** The patient-task convention and the queries that honour it: a patient finds only tasks assigned to them. */
@Component
class PatientTasks {

	static final String UNIT_VARIABLE = "unitId";

	private final TaskService taskService;
	private final PatientAuditLog auditLog;

	PatientTasks(TaskService taskService, PatientAuditLog auditLog) {
		this.taskService = taskService;
		this.auditLog = auditLog;
	}

	List<Task> openTasksOf(Personnummer patient) {
		return taskService.createTaskQuery().taskAssignee(PatientAssignee.of(patient)).active().initializeFormKeys()
			.orderByDueDate().asc().orderByTaskCreateTime().asc().list();
	}

	/** The patient's own open task, or nothing: someone else's task is indistinguishable from no task. */
	Optional<Task> openTaskOf(Personnummer patient, String taskId) {
		return Optional.ofNullable(taskService.createTaskQuery().taskId(taskId).taskAssignee(PatientAssignee.of(patient)).active()
			.initializeFormKeys().singleResult());
	}

	/**
	 * Completes the patient's own open task with her answers and logs the completion, in one transaction: the engine's
	 * command joins it, so a completion never stands without its log row, nor a row without its completion.
	 *
	 * @return {@code false} (and nothing done) when the task is not the patient's open task
	 */
	@Transactional
	boolean complete(PatientPrincipal patient, String taskId, VariableMap answers) {
		if (openTaskOf(patient.personnummer(), taskId).isEmpty()) {
			return false;
		}
		taskService.complete(taskId, answers);
		auditLog.patientRead(patient, Action.COMPLETE_TASK, taskId);
		return true;
	}

}
