package se.vardflode.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;

import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.RequestEntity;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;

import se.vardflode.EngineClock;
import se.vardflode.Mailbox;
import se.vardflode.PostgresTest;

/**
 * A mail job run twice at the same moment, on PostgreSQL, as when a node's lock on a job expires while the job still
 * waits in its executor's queue and a second node takes it too: the second run waits on the first run's uncommitted
 * outbox row (or patient message), and once the first has committed it fails as the engine's optimistic-locking
 * conflict, not as a database error. One mail, one message, the process on at its next step once.
 */
@PostgresTest
class MailJobRunTwiceOnPostgresTest {

	/** A test number of Skatteverket's series 980–999, used by no other test. */
	static final String YOUTH = "20060808-9884";
	static final String YOUTH_CLINIC = "um-gavle";

	final Mailbox mailbox = Mailbox.get();
	final Instant now = Instant.parse("2026-11-23T09:00:00Z");

	@Autowired
	JdbcClient jdbc;
	@Autowired
	TestRestTemplate rest;
	@Autowired
	ManagementService engineManagement;

	@BeforeEach
	void setUp() {
		EngineClock.setTo(now);
	}

	@Test
	void a_team_mail_job_run_twice_at_once_sends_one_mail_and_the_second_run_is_a_locking_conflict() throws Exception {
		ProcessInstance callBack = MailOutboxTest.callBackWhosePromisedTimePassed(now);
		String mailJob = MailOutboxTest.mailJob(callBack).getId();

		Throwable second = runTwiceAtOnce(mailJob, "insert into mail_outbox");

		assertThat(second).isInstanceOf(OptimisticLockingException.class).hasMessageContaining(mailJob);
		assertThat(mailbox.received()).hasSize(1);
		assertThat(jdbc.sql("select count(*) from mail_outbox where process_instance_id = :id").param("id", callBack.getId())
			.query(Long.class).single()).isOne();
		assertThat(managementService().createJobQuery().processInstanceId(callBack.getId()).activityId(MailOutboxTest.NOTIFY_TEAM).count())
			.isZero();
		assertThat(taskService().createTaskQuery().processInstanceId(callBack.getId())
			.taskDefinitionKey(MailOutboxTest.CALL_PATIENT_OVERDUE).count()).isOne();
	}

	@Test
	void a_patient_notice_run_twice_at_once_delivers_one_message_and_one_mail() throws Exception {
		ResponseEntity<Map<String, Object>> enrolled = rest.withBasicAuth("um.sara", "demo").exchange(
				RequestEntity.post("/api/enrollments").contentType(MediaType.APPLICATION_JSON)
					.body(Map.of("careType", "UM", "unitId", YOUTH_CLINIC, "personnummer", YOUTH, "email", "dubbel@example.se")),
				new ParameterizedTypeReference<>() {
				});
		assertThat(enrolled.getStatusCode()).isEqualTo(HttpStatus.CREATED);
		String chatId = (String) enrolled.getBody().get("chatId");
		String instanceId = runtimeService().createProcessInstanceQuery().processInstanceBusinessKey(chatId).singleResult().getId();
		String welcome = managementService().createJobQuery().processInstanceId(instanceId).activityId("sendWelcomeMail")
			.singleResult().getId();

		Throwable second = runTwiceAtOnce(welcome, "insert into patient_message");

		assertThat(second).isInstanceOf(OptimisticLockingException.class);
		assertThat(mailbox.received()).hasSize(1);
		assertThat(jdbc.sql("select count(*) from patient_message where process_instance_id = :id").param("id", instanceId)
			.query(Long.class).single()).isOne();
		assertThat(managementService().createJobQuery().processInstanceId(instanceId).activityId("sendWelcomeMail").count()).isZero();
	}

	/**
	 * Runs the job, and while the mail server takes its mail (the run's rows written, not committed) runs it again on
	 * another thread, until that second run waits on the first one's row; returns what the second run threw.
	 */
	private Throwable runTwiceAtOnce(String jobId, String waitingStatement) throws Exception {
		ExecutorService secondNode = Executors.newSingleThreadExecutor();
		try {
			AtomicReference<Future<?>> secondRun = new AtomicReference<>();
			mailbox.whileTakingTheNextMail(() -> {
				// camunda-bpm-assert binds its engine to the test's thread only: the context's own service here
				secondRun.set(secondNode.submit(() -> engineManagement.executeJob(jobId)));
				awaitWaitingOnALock(waitingStatement);
			});

			managementService().executeJob(jobId);

			assertThat(secondRun.get()).as("the mail server took the first run's mail").isNotNull();
			secondRun.get().get(30, TimeUnit.SECONDS);
			throw new AssertionError("the second run of job " + jobId + " succeeded too");
		}
		catch (ExecutionException ex) {
			return ex.getCause();
		}
		finally {
			secondNode.shutdownNow();
		}
	}

	/** Within the mail client's read timeout (5 s), which the first run's mail server must answer in. */
	private void awaitWaitingOnALock(String statement) {
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(3);
		while (System.nanoTime() < deadline) {
			long waiting = jdbc.sql("""
					select count(*) from pg_stat_activity
					where wait_event_type = 'Lock' and lower(query) like :statement""")
				.param("statement", statement + "%")
				.query(Long.class).single();
			if (waiting > 0) {
				return;
			}
			Thread.onSpinWait();
		}
		throw new AssertionError("the second run did not come to wait on \"" + statement + "\"");
	}

}
