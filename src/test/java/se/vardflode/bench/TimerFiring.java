package se.vardflode.bench;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import com.icegreen.greenmail.util.GreenMail;


import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * B2 and the two-node scenario: chats whose reminder timers are all due (they were enrolled with the engine clock a
 * year back), then the job executors of all nodes are started and fire them. Each reminder is a message in the patient's
 * inbox and a notice by mail to the in-process SMTP server; every patient must find exactly one reminder. Which node fired
 * a timer comes from the engine's job log (host name = node name).
 */
final class TimerFiring {

	/** The chat reminder (src/main/resources/mail/patient/chat-reminder.mustache), a message in the patient's inbox. */
	private static final String REMINDER_MESSAGE = "chat-reminder";
	/** The reminder timer in chat-enrollment.bpmn. */
	private static final String REMINDER_TIMER = "reminderDue";
	/** Each chat mails its patient twice here: the welcome (sent by the executor too) and the reminder. */
	private static final int MAILS_PER_CHAT = 2;
	private static final long QUIET_MILLIS = 3000;

	private TimerFiring() {
	}

	/**
	 * Sets the engine clock so that chats enrolled now (UM: open one year, reminded 14 days before closing) have
	 * their reminder a week in the past and their expiry a week ahead once the clock is reset.
	 */
	static void enrollAYearBack() {
		ClockUtil.setCurrentTime(java.util.Date.from(java.time.ZonedDateTime.now().minusYears(1).plusDays(7).toInstant()));
	}

	/**
	 * Starts the nodes' job executors and waits, without polling, until the SMTP server holds every chat's two mails
	 * (welcome and reminder), then a little longer for a duplicate. When the timers fired is read from the engine's
	 * job log afterwards: the measuring costs the node no CPU while it works.
	 */
	static Map<String, Object> run(List<BenchNode> nodes, GreenMail smtp, int chats, long timeoutMillis)
			throws Exception {
		ClockUtil.reset();
		int mailsBefore = smtp.getReceivedMessages().length;
		int expectedMails = mailsBefore + MAILS_PER_CHAT * chats;
		Instant started = Instant.now();
		nodes.forEach(BenchNode::startJobExecutor);
		if (!smtp.waitForIncomingEmail(timeoutMillis, expectedMails)) {
			throw new IllegalStateException("Only " + (smtp.getReceivedMessages().length - mailsBefore) + " of "
					+ MAILS_PER_CHAT * chats + " mails within " + timeoutMillis + " ms");
		}
		double secondsUntilAllMailed = Duration.between(started, Instant.now()).toMillis() / 1e3;
		// a reminder sent twice would arrive within this quiet period
		boolean extraMail = smtp.waitForIncomingEmail(QUIET_MILLIS, expectedMails + 1);
		JdbcTemplate jdbc = new JdbcTemplate(nodes.get(0).bean(DataSource.class));
		Timestamp lastFired = jdbc.queryForObject("select max(timestamp_) from act_hi_job_log where act_id_ = '"
				+ REMINDER_TIMER + "' and job_state_ = 2", Timestamp.class);
		double seconds = Duration.between(started, lastFired.toInstant()).toMillis() / 1e3;
		Map<String, Integer> perPatient = remindersPerPatient(jdbc);
		long exactlyOnce = perPatient.values().stream().filter(count -> count == 1).count();
		Map<String, Object> result = new LinkedHashMap<>();
		result.put("timers", chats);
		result.put("secondsUntilLastFired", Latencies.round(seconds));
		result.put("timersPerSecond", Latencies.round(chats / seconds));
		// linear: each reminder costs the same whether 10k or 100k are due (the due jobs are read through the engine's
		// index on ACT_RU_JOB's due date, a batch at a time, so the table's size adds a logarithm, not a factor)
		result.put("minutesFor100kExtrapolated", Latencies.round(100_000 / (chats / seconds) / 60));
		result.put("secondsUntilAllMailed", Latencies.round(secondsUntilAllMailed));
		result.put("patientsWithExactlyOneReminder", exactlyOnce);
		result.put("reminderMails", perPatient.values().stream().mapToInt(Integer::intValue).sum());
		result.put("firedByNode", firedByNode(jdbc));
		// mostly OptimisticLockingExceptions between two jobs of one instance on different nodes; the engine retries them
		result.put("failedJobRuns", jdbc.queryForObject("select count(*) from act_hi_job_log where job_state_ = 1", Long.class));
		result.put("incidents", nodes.get(0).engine().getRuntimeService().createIncidentQuery().count());
		result.put("exactlyOnce", !extraMail && exactlyOnce == chats && perPatient.size() == chats);
		return result;
	}

	private static Map<String, Long> firedByNode(JdbcTemplate jdbc) {
		Map<String, Long> byNode = new LinkedHashMap<>();
		jdbc.query("select hostname_, count(*) from act_hi_job_log where act_id_ = '" + REMINDER_TIMER + "' and job_state_ = 2 "
				+ "group by hostname_ order by hostname_", rs -> {
					byNode.put(rs.getString(1), rs.getLong(2));
				});
		return byNode;
	}

	/** The reminders in each patient's inbox; the mail that tells her of one is the neutral notice, as every other. */
	private static Map<String, Integer> remindersPerPatient(JdbcTemplate jdbc) {
		Map<String, Integer> perPatient = new HashMap<>();
		jdbc.query("select patient_reference, count(*) from patient_message where kind = ? group by patient_reference", rs -> {
			perPatient.put(rs.getString(1), rs.getInt(2));
		}, REMINDER_MESSAGE);
		return perPatient;
	}

}
