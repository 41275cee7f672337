package se.vardflode;

import java.util.List;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.runtime.Job;

/** Tests run with the job executor off; this does its work for one process instance. */
public final class Jobs {

	private Jobs() {
	}

	/** Runs the instance's asynchronous continuations (mail tasks and the like) as they appear; timers stay. */
	public static void runAsyncContinuations(ManagementService managementService, String processInstanceId) {
		List<Job> jobs;
		while (!(jobs = managementService.createJobQuery().processInstanceId(processInstanceId).messages().list()).isEmpty()) {
			jobs.forEach(job -> managementService.executeJob(job.getId()));
		}
	}

}
