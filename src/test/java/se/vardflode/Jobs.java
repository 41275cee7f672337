package se.vardflode;

import java.util.List;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;

/**
 * Tests run with the job executor off; this does its work for one process instance: the one async-job runner of the
 * tests. Timers are fired by moving the {@link EngineClock} and {@code execute(job(...))} (camunda-bpm-assert).
 */
public final class Jobs {

	private Jobs() {
	}

	/** As below, on the engine the test harness bound camunda-bpm-assert to. */
	public static void runAsyncContinuations(String processInstanceId) {
		runAsyncContinuations(BpmnAwareTests.managementService(), processInstanceId);
	}

	/** Runs the instance's asynchronous continuations (mail tasks and the like) as they appear; timers stay. */
	public static void runAsyncContinuations(ManagementService managementService, String processInstanceId) {
		List<Job> jobs;
		while (!(jobs = managementService.createJobQuery().processInstanceId(processInstanceId).messages().list()).isEmpty()) {
			jobs.forEach(job -> managementService.executeJob(job.getId()));
		}
	}

}
