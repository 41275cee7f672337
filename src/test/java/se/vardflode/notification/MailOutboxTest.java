package se.vardflode.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.repositoryService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Map;

import jakarta.mail.internet.MimeMessage;

import io.micrometer.core.instrument.MeterRegistry;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import se.vardflode.EngineClock;
import se.vardflode.Mailbox;
import se.vardflode.VardflodeTest;
import se.vardflode.triage.CallBackFixtures;

/**
 * Mail is an outbox: the real promised-call-back.bpmn mails the advice line's team when the promised time has passed,
 * through a real SMTP server, and a fault after the server accepted the mail does not make the job send it again.
 */
@VardflodeTest
class MailOutboxTest {

	static final String NOTIFY_TEAM = "notifyTeamOfMissedCallBack";
	static final String CALL_PATIENT_OVERDUE = "callPatientOverdue";
	static final String TEAM_MAIL = "radgivning@region.example";

	final Mailbox mailbox = Mailbox.get();

	@Autowired
	JdbcClient jdbc;
	@Autowired
	MeterRegistry meters;
	@Autowired
	ManagementService engineManagement;

	Instant now = Instant.parse("2026-11-23T09:00:00Z");

	@BeforeEach
	void setUp() {
		EngineClock.setTo(now);
	}

	@Test
	void each_mail_is_a_row_of_the_outbox_and_its_message_id_is_the_rows_id() throws Exception {
		ProcessInstance callBack = callBackWhosePromisedTimePassed(now);
		Job mailJob = mailJob(callBack);

		managementService().executeJob(mailJob.getId());

		MimeMessage mail = singleMail();
		Map<String, Object> row = jdbc.sql("select * from mail_outbox where process_instance_id = :id")
			.param("id", callBack.getId()).query().singleRow();
		assertThat(row).containsEntry("ACTIVITY_ID", NOTIFY_TEAM).containsEntry("JOB_ID", mailJob.getId())
			.containsEntry("TEMPLATE", "missed-call-back").containsEntry("RECIPIENT", TEAM_MAIL)
			.containsEntry("SUBJECT", mail.getSubject());
		assertThat(mail.getMessageID()).isEqualTo("<" + row.get("ID") + "@region.example>").isEqualTo(row.get("MESSAGE_ID"));
		assertThat(deliveries(row.get("ID"))).isOne();
		assertThat(taskService().createTaskQuery().processInstanceId(callBack.getId()).taskDefinitionKey(CALL_PATIENT_OVERDUE).count()).isOne();
	}

	@Test
	void an_optimistic_locking_failure_after_the_mail_server_accepted_does_not_send_the_mail_again() throws Exception {
		ProcessInstance callBack = callBackWhosePromisedTimePassed(now);
		String jobId = mailJob(callBack).getId();
		// While the server takes the mail, another transaction changes the job: the job's own commit then fails on the
		// job's revision, after the server has accepted — a real optimistic-locking conflict, as between two nodes.
		// (on the mail server's thread, to which camunda-bpm-assert has bound no engine: the context's own service)
		mailbox.whileTakingTheNextMail(() -> engineManagement.setJobPriority(jobId, 10));
		double notSentAgainBefore = meters.counter("vardflode.mail.not.sent.again").count();

		assertThatThrownBy(() -> managementService().executeJob(jobId)).isInstanceOf(OptimisticLockingException.class);
		assertThat(mailbox.received()).hasSize(1);
		assertThat(mailJob(callBack).getId()).as("the job is still there, to run again").isEqualTo(jobId);

		managementService().executeJob(jobId);

		assertThat(mailbox.received()).as("the retry found the accepted mail and sent nothing").hasSize(1);
		assertThat(managementService().createJobQuery().processInstanceId(callBack.getId()).count()).isZero();
		assertThat(taskService().createTaskQuery().processInstanceId(callBack.getId()).taskDefinitionKey(CALL_PATIENT_OVERDUE).count()).isOne();
		assertThat(meters.counter("vardflode.mail.not.sent.again").count()).isEqualTo(notSentAgainBefore + 1);
		Object outboxId = jdbc.sql("select id from mail_outbox where process_instance_id = :id").param("id", callBack.getId())
			.query().singleValue();
		assertThat(deliveries(outboxId)).isOne();
	}

	@Test
	void a_mail_task_in_the_callers_transaction_is_refused_before_anything_is_sent() {
		// a model whose mail task is not asynchronous: a mail sent in the caller's transaction could not be recognised
		// when the caller tries again, so it is not sent at all
		BpmnModelInstance synchronousMail = Bpmn.createExecutableProcess("synchronous-mail").camundaHistoryTimeToLive(1)
			.startEvent()
			.serviceTask("mailTheTeam").camundaDelegateExpression("${notifyUnitTeamDelegate}")
			.camundaInputParameter("unitId", "radgivning").camundaInputParameter("mailTemplate", "missed-call-back")
			.camundaInputParameter("mailVariables", "callBackAt")
			.endEvent()
			.done();
		String deployment = repositoryService().createDeployment().addModelInstance("synchronous-mail.bpmn", synchronousMail).deploy().getId();
		try {
			assertThatThrownBy(() -> runtimeService().startProcessInstanceByKey("synchronous-mail", Map.of("callBackAt", new Date())))
				.hasMessageContaining("Mail is sent only from an asynchronous task (camunda:asyncBefore), not from mailTheTeam");
			assertThat(mailbox.received()).isEmpty();
			assertThat(runtimeService().createProcessInstanceQuery().processDefinitionKey("synchronous-mail").count()).isZero();
		}
		finally {
			repositoryService().deleteDeployment(deployment, true);
		}
	}

	/** A call-back promised at {@code now}, the engine clock two hours on: its team mail job is due. */
	static ProcessInstance callBackWhosePromisedTimePassed(Instant now) {
		ProcessInstance callBack = CallBackFixtures.adviceLinePromisesCallBack(runtimeService(), now, Duration.ofHours(1));
		EngineClock.setTo(now.plus(Duration.ofHours(2)));
		managementService().executeJob(managementService().createJobQuery().processInstanceId(callBack.getId()).timers().singleResult().getId());
		return callBack;
	}

	static Job mailJob(ProcessInstance callBack) {
		return managementService().createJobQuery().processInstanceId(callBack.getId()).activityId(NOTIFY_TEAM).singleResult();
	}

	private MimeMessage singleMail() {
		assertThat(mailbox.received()).hasSize(1);
		return mailbox.received()[0];
	}

	private long deliveries(Object outboxId) {
		return jdbc.sql("select count(*) from mail_delivery where outbox_id = :id").param("id", outboxId).query(Long.class).single();
	}

}
