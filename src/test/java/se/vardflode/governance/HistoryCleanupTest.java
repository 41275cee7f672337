package se.vardflode.governance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.historyService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Map;

import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;

import se.vardflode.EngineClock;
import se.vardflode.VardflodeTest;
import se.vardflode.triage.CallBackFixtures;

/** Finished work leaves the database when its process's historyTimeToLive has passed, in the nightly window. */
@VardflodeTest
class HistoryCleanupTest {

	@Test
	void a_finished_call_back_is_removed_after_its_time_to_live() {
		Instant finished = Instant.parse("2026-01-10T10:00:00Z");
		EngineClock.setTo(finished);
		ProcessInstance callBack = CallBackFixtures.adviceLinePromisesCallBack(runtimeService(), finished, Duration.ofHours(1));
		taskService().complete(taskService().createTaskQuery().processInstanceId(callBack.getId()).singleResult().getId(),
				Map.of("patientReached", "yes", "callNote", "Klart"));

		EngineClock.setTo(finished.plus(Duration.ofDays(364)));
		runCleanup();
		assertThat(historyService().createHistoricProcessInstanceQuery().processInstanceId(callBack.getId()).count()).isEqualTo(1);

		EngineClock.setTo(finished.plus(Duration.ofDays(366)));
		runCleanup();
		assertThat(historyService().createHistoricProcessInstanceQuery().processInstanceId(callBack.getId()).count()).isZero();
		assertThat(historyService().createHistoricTaskInstanceQuery().processInstanceId(callBack.getId()).count()).isZero();
	}

	@Test
	void the_cleanup_runs_in_a_nightly_window() {
		assertThat(historyService().findHistoryCleanupJobs()).isNotEmpty().allSatisfy(job -> {
			LocalTime due = job.getDuedate().toInstant().atZone(ZoneId.systemDefault()).toLocalTime();
			assertThat(due).isBetween(LocalTime.of(1, 0), LocalTime.of(5, 0));
		});
	}

	private void runCleanup() {
		Job cleanup = historyService().cleanUpHistoryAsync(true);
		managementService().executeJob(cleanup.getId());
	}

}
