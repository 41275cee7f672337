package se.vardflode.kpi;

import java.time.Instant;
import java.util.Date;
import java.util.Map;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.TaskQuery;

import se.vardflode.EngineClock;
import se.vardflode.Jobs;

/**
 * How the KPI tests walk the real processes: the engine clock set to the moment, a task completed or a timer fired,
 * then the asynchronous work behind it run, as the job executor would.
 */
final class ProcessSteps {

	private final TaskService taskService;
	private final ManagementService managementService;

	ProcessSteps(TaskService taskService, ManagementService managementService) {
		this.taskService = taskService;
		this.managementService = managementService;
	}

	static void at(String instant) {
		EngineClock.setTo(Instant.parse(instant));
	}

	/** Completes the instance's task {@code taskKey}, or its only task when the key is null. */
	void complete(String instance, String taskKey, Map<String, Object> variables) {
		TaskQuery query = taskService.createTaskQuery().processInstanceId(instance);
		if (taskKey != null) {
			query.taskDefinitionKey(taskKey);
		}
		taskService.complete(query.singleResult().getId(), variables);
		Jobs.runAsyncContinuations(managementService, instance);
	}

	/** Moves the clock just past the timer's due date and fires it. */
	void fireTimer(String instance, String activityId) {
		Job timer = managementService.createJobQuery().processInstanceId(instance).activityId(activityId).singleResult();
		EngineClock.setTo(new Date(timer.getDuedate().getTime() + 1000));
		managementService.executeJob(timer.getId());
		Jobs.runAsyncContinuations(managementService, instance);
	}

}
