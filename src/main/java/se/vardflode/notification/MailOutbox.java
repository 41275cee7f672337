package se.vardflode.notification;

import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;

import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import se.vardflode.kernel.CareTime;

/**
 * The tables {@code mail_outbox} and {@code mail_delivery} (migration V121): which messages the processes sent, and
 * which of them a mail server has accepted. See {@link MailNotifier} for how a message goes through them.
 *
 * <p>A mail server's acceptance is written on a connection of a small pool of its own. Taken from the application's
 * pool, that second connection would be waited for by job threads that each hold one already: with every connection
 * held by a job thread (the benchmark's timer burst on the starter's 10 connections) none got its second one, the
 * marks timed out and the mails went out again. The marks wait only for each other, one insert each.
 */
@Repository
class MailOutbox implements DisposableBean {

	/** Marks take milliseconds; two connections serve the job threads of a node. */
	static final int DELIVERY_POOL_SIZE = 2;

	private final JdbcClient jdbc;
	private final HikariDataSource deliveryPool;
	private final JdbcTemplate deliveryMarks;

	MailOutbox(JdbcClient jdbc, DataSource dataSource) throws SQLException {
		this.jdbc = jdbc;
		this.deliveryPool = deliveryPool(dataSource);
		this.deliveryMarks = new JdbcTemplate(deliveryPool);
	}

	/** The application's database, in a pool of {@link #DELIVERY_POOL_SIZE} connections that commit each statement. */
	private static HikariDataSource deliveryPool(DataSource dataSource) throws SQLException {
		if (!dataSource.isWrapperFor(HikariDataSource.class)) {
			throw new IllegalStateException("The mail outbox needs a Hikari DataSource to open its delivery pool, not " + dataSource);
		}
		HikariConfig config = new HikariConfig();
		dataSource.unwrap(HikariDataSource.class).copyStateTo(config);
		config.setPoolName("mail-delivery");
		config.setMaximumPoolSize(DELIVERY_POOL_SIZE);
		config.setMinimumIdle(0);
		config.setAutoCommit(true);
		// connects when the first mail is accepted, not while the application starts
		config.setInitializationFailTimeout(-1);
		config.setMetricRegistry(null);
		config.setMetricsTrackerFactory(null);
		config.setHealthCheckRegistry(null);
		return new HikariDataSource(config);
	}

	@Override
	public void destroy() {
		deliveryPool.close();
	}

	/** A message of the outbox; {@code messageId} is its Message-ID header, derived from {@code id}. */
	record Entry(String id, String messageId) {
	}

	/**
	 * Records the message in the caller's transaction, which is the engine's transaction of the job that runs the
	 * mail task. The id is the same every time this job runs this activity for this template and recipient: a retry
	 * of the job, or a second node after the first one's lock expired, arrives at the same row. A second node that
	 * runs the job at the same time blocks here on the first one's uncommitted row and, once the first commits, fails
	 * as the engine's optimistic-locking conflict, which the job executor logs as one line: the first run did the
	 * job's work.
	 */
	Entry record(DelegateExecution execution, String jobId, String recipient, String template, String subject, String mailDomain) {
		String id = stableId(execution, jobId, template, recipient.strip().toLowerCase(Locale.ROOT));
		Entry entry = new Entry(id, "<" + id + "@" + mailDomain + ">");
		// the same message twice in one job run (one address behind two recipients) is recorded, and sent, once
		boolean recorded = jdbc.sql("select count(*) from mail_outbox where id = :id").param("id", id).query(Integer.class).single() > 0;
		if (!recorded) {
			try {
				jdbc.sql("""
						insert into mail_outbox (id, message_id, process_instance_id, activity_id, job_id, template, recipient,
						    subject, created_at)
						values (:id, :messageId, :processInstanceId, :activityId, :jobId, :template, :recipient, :subject, :createdAt)""")
					.param("id", id)
					.param("messageId", entry.messageId())
					.param("processInstanceId", execution.getProcessInstanceId())
					.param("activityId", execution.getCurrentActivityId())
					.param("jobId", jobId)
					.param("template", template)
					.param("recipient", recipient)
					.param("subject", subject)
					.param("createdAt", utc(CareTime.now()))
					.update();
			}
			catch (DuplicateKeyException ex) {
				throw new OptimisticLockingException("Mail " + id + " of job " + jobId + " was recorded by another run of the job meanwhile");
			}
		}
		return entry;
	}

	/**
	 * An id that is the same every time this job runs this activity for this message and recipient, and differs for any
	 * other: what makes a retry, or a second node, arrive at the row the first run wrote (the outbox's, and the
	 * patient's message written with it).
	 */
	static String stableId(DelegateExecution execution, String jobId, String message, String recipient) {
		String key = String.join("|", execution.getProcessInstanceId(), execution.getCurrentActivityId(), jobId, message, recipient);
		return UUID.nameUUIDFromBytes(key.getBytes(StandardCharsets.UTF_8)).toString();
	}

	/**
	 * When a mail server accepted the message, if one did, whatever became of the job's transactions since (read
	 * committed, as both databases read by default: a mark committed by an earlier run is seen).
	 */
	Optional<Instant> deliveredAt(Entry entry) {
		return jdbc.sql("select delivered_at from mail_delivery where outbox_id = :id")
			.param("id", entry.id())
			.query(OffsetDateTime.class)
			.optional()
			.map(OffsetDateTime::toInstant);
	}

	/**
	 * Records that a mail server accepted the message, committed at once, apart from the job's transaction: the mail
	 * is out and stays out even if the job's transaction rolls back afterwards.
	 */
	void markDelivered(Entry entry) {
		deliveryMarks.update("insert into mail_delivery (outbox_id, delivered_at) values (?, ?)", entry.id(),
				utc(CareTime.now()));
	}

	/**
	 * The job that runs the mail task. Mail tasks are asynchronous ({@code camunda:asyncBefore}) so that a failing
	 * mail server becomes a retried job and then an incident; outside a job a rolled-back caller would have no job to
	 * retry, and a message sent in its transaction could not be recognised when the work is tried again.
	 */
	static String currentJobId(DelegateExecution execution) {
		CommandContext commandContext = Context.getCommandContext();
		JobEntity job = commandContext == null ? null : commandContext.getCurrentJob();
		if (job == null) {
			throw new IllegalStateException("Mail is sent only from an asynchronous task (camunda:asyncBefore), not from "
					+ execution.getCurrentActivityId() + " in a caller's transaction");
		}
		return job.getId();
	}

	private static OffsetDateTime utc(Instant instant) {
		return instant.atOffset(ZoneOffset.UTC);
	}

}
