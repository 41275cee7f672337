package se.vardflode.patient;

import java.util.List;
import java.util.Optional;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/** The patient-task convention and the queries that honour it: a patient finds only tasks assigned to them. */
@Component
class PatientTasks {

	static final String UNIT_VARIABLE = "unitId";

	private final TaskService taskService;

	PatientTasks(TaskService taskService) {
		this.taskService = taskService;
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

}
