package se.vardflode.patient;

import java.util.List;
import java.util.Optional;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/** The patient-task convention and the queries that honour it: a patient finds only tasks assigned to them. */
@Component
class PatientTasks {

	static final String ASSIGNEE_PREFIX = "patient:";
	static final String UNIT_VARIABLE = "unitId";

	private final TaskService taskService;

	PatientTasks(TaskService taskService) {
		this.taskService = taskService;
	}

	static String assignee(Personnummer patient) {
		return ASSIGNEE_PREFIX + patient.value();
	}

	static boolean isPatientTask(String assignee) {
		return assignee != null && assignee.startsWith(ASSIGNEE_PREFIX);
	}

	List<Task> openTasksOf(Personnummer patient) {
		return taskService.createTaskQuery().taskAssignee(assignee(patient)).active().initializeFormKeys()
			.orderByDueDate().asc().orderByTaskCreateTime().asc().list();
	}

	/** The patient's own open task, or nothing: someone else's task is indistinguishable from no task. */
	Optional<Task> openTaskOf(Personnummer patient, String taskId) {
		return Optional.ofNullable(taskService.createTaskQuery().taskId(taskId).taskAssignee(assignee(patient)).active()
			.initializeFormKeys().singleResult());
	}

}
