package se.vardflode.triage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.formService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Map;

import jakarta.mail.internet.MimeMessage;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import se.vardflode.EngineClock;
import se.vardflode.Mailbox;
import se.vardflode.VardflodeTest;

/** The real promised-call-back.bpmn on the real engine, with mail to a real SMTP server. */
@VardflodeTest
class PromisedCallBackProcessTest {

	static final String CALL_PATIENT = CallBackProcess.CALL_PATIENT;
	static final String CALL_BACK_TIME_PASSED = CallBackProcess.CALL_BACK_TIME_PASSED;
	static final String NOTIFY_TEAM = "notifyTeamOfMissedCallBack";
	static final String CALL_PATIENT_OVERDUE = CallBackProcess.CALL_PATIENT_OVERDUE;
	static final String CALL_MADE = "callMade";
	static final String CALL_MADE_LATE = "callMadeLate";
	static final String ADVICE_LINE = CallBackFixtures.ADVICE_LINE;

	final Mailbox mailbox = Mailbox.get();

	@Autowired
	ProcessEngine engine;

	Instant now = Instant.parse("2026-11-23T09:00:00Z");

	@BeforeEach
	void setUp() {
		EngineClock.setTo(now);
	}

	@Test
	void call_made_before_the_promised_time_ends_without_alarm() {
		ProcessInstance callBack = promiseCallBackIn(Duration.ofHours(2));

		assertThat(callBack).isWaitingAt(CALL_PATIENT);
		assertThat(task()).hasCandidateGroup(ADVICE_LINE).hasDueDate(Date.from(now.plus(Duration.ofHours(2))));
		complete(task(), Map.of("patientReached", "yes", "callNote", "Rådgivning given"));

		assertThat(callBack).isEnded().hasPassed(CALL_MADE).hasNotPassed(NOTIFY_TEAM);
		assertThat(mailbox.received()).isEmpty();
	}

	@Test
	void missed_promised_time_mails_the_team_and_raises_an_overdue_task() throws Exception {
		ProcessInstance callBack = promiseCallBackIn(Duration.ofHours(2));

		EngineClock.setTo(now.plus(Duration.ofHours(2)).plusSeconds(1));
		execute(timerJob(callBack));
		assertThat(callBack).isWaitingAt(NOTIFY_TEAM);
		execute(job());

		assertThat(callBack).isWaitingAt(CALL_PATIENT_OVERDUE);
		assertThat(task()).hasCandidateGroup(ADVICE_LINE);
		assertThat(task().getPriority()).isEqualTo(90);
		MimeMessage mail = mailbox.received()[0];
		assertThat(mail.getAllRecipients()).extracting(Object::toString).containsExactly("radgivning@region.example");
		assertThat(mail.getSubject()).isEqualTo("Utlovad återuppringning har passerat – Rådgivningen");
		assertThat((String) mail.getContent()).contains("senast 2026-11-23 kl. 12:00")
			// the overdue task exists before the mail is sent: the mail opens it in Tasklist
			.contains("Öppna uppgiften i Tasklist: http://localhost:8080/camunda/app/tasklist/default/#/?task=" + task().getId())
			.doesNotContain("1212");

		complete(task(), Map.of("patientReached", "no-answer", "callNote", "Inget svar, nytt försök i eftermiddag"));
		assertThat(callBack).isEnded().hasPassed(CALL_BACK_TIME_PASSED, CALL_MADE_LATE).hasNotPassed(CALL_MADE);
	}

	@Test
	void failing_mail_server_becomes_an_incident_after_three_attempts_and_nothing_is_lost() {
		ProcessInstance callBack = promiseCallBackIn(Duration.ofHours(2));
		EngineClock.setTo(now.plus(Duration.ofHours(3)));
		execute(timerJob(callBack));
		mailbox.stopServer();

		int attempts = 0;
		Job mailJob = job(callBack);
		while (mailJob.getRetries() > 0) {
			attempts++;
			String jobId = mailJob.getId();
			assertThatThrownBy(() -> managementService().executeJob(jobId))
				.hasMessageContaining("Mail server connection failed");
			mailJob = job(callBack);
		}

		assertThat(attempts).isEqualTo(3);
		assertThat(runtimeService().createIncidentQuery().processInstanceId(callBack.getId()).count()).isEqualTo(1);
		assertThat(callBack).isWaitingAt(NOTIFY_TEAM);
	}

	@Test
	void call_task_carries_the_deployed_call_back_form() throws Exception {
		Task call = task(promiseCallBackIn(Duration.ofHours(1)));

		String form = new String(formService().getDeployedTaskForm(call.getId()).readAllBytes());

		assertThat(form).contains("\"id\": \"call-back-outcome\"", "\"key\": \"patientReached\"");
	}

	private ProcessInstance promiseCallBackIn(Duration delay) {
		return CallBackFixtures.adviceLinePromisesCallBack(runtimeService(), now, delay);
	}

	private Job timerJob(ProcessInstance instance) {
		return managementService().createJobQuery().processInstanceId(instance.getId()).timers().singleResult();
	}

}
