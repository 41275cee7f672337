package se.vardflode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

import jakarta.mail.internet.MimeMessage;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;

import se.vardflode.notification.SilentSmtpServer;

/**
 * Two nodes on one PostgreSQL, each named by the README's variable {@code CAMUNDA_BPM_GENERICPROPERTIES_PROPERTIES_HOSTNAME}.
 * The first takes the welcome mails of a burst of enrollments and is killed as {@code kill -9} kills it while its
 * threads wait on a mail server that does not answer: the second node runs the jobs the dead one had locked once
 * the lock has expired, and every patient gets her welcome mail once. The time it took is logged (docs/benchmarks.md).
 * Both nodes run the production profile with the demo region on top ({@code default,postgres}), which gives them
 * staff to enroll with.
 */
class DeadNodeIT {

	private static final Logger log = LoggerFactory.getLogger(DeadNodeIT.class);

	static final String HOSTNAME_VARIABLE = "CAMUNDA_BPM_GENERICPROPERTIES_PROPERTIES_HOSTNAME";
	static final int ENROLLMENTS = 12;
	/** A UM chat's only asynchronous continuation is its welcome mail; its other jobs are timers. */
	static final String WELCOME_MAIL_JOBS = "process_def_key_ = 'chat-enrollment' and type_ = 'message'";

	@TempDir
	Path work;

	EmbeddedPostgres postgres;
	GreenMail smtp;
	SilentSmtpServer hung;
	ChildApplication node1;
	ChildApplication node2;

	@AfterEach
	void stop() throws Exception {
		for (ChildApplication node : new ChildApplication[] { node1, node2 }) {
			if (node != null) {
				node.close();
			}
		}
		if (hung != null) {
			hung.close();
		}
		if (smtp != null) {
			smtp.stop();
		}
		if (postgres != null) {
			postgres.close();
		}
	}

	@Test
	void a_killed_nodes_jobs_are_run_by_the_other_node_and_each_mail_goes_out_once() throws Exception {
		postgres = EmbeddedPostgres.builder().setRegisterShutdownHook(false).start();
		try (Connection connection = postgres.getPostgresDatabase().getConnection(); Statement sql = connection.createStatement()) {
			sql.execute("create database vardflode");
		}
		JdbcTemplate database = new JdbcTemplate(postgres.getDatabase("postgres", "vardflode"));
		smtp = new GreenMail(new ServerSetup(ChildApplication.freePort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
		smtp.start();
		hung = SilentSmtpServer.start();

		// node1 mails to a server that never answers, and waits longer than production does (25 s, still below the
		// lock), so that its threads are in the middle of the mails when it is killed
		node1 = ChildApplication.start("node1", work, node("node1", hung.port()), "--spring.mail.properties.mail.smtp.timeout=25000")
			.awaitUp(Duration.ofMinutes(4));
		node2 = ChildApplication.start("node2", work, node("node2", smtp.getSmtp().getPort())).awaitUp(Duration.ofMinutes(4));

		for (int n = 0; n < ENROLLMENTS; n++) {
			HttpResponse<String> created = node1.postJson("/api/enrollments", "um.sara", "demo", """
					{"careType":"UM","unitId":"um-gavle","personnummer":"%s","email":"ung%d@example.invalid"}"""
				.formatted(DefaultProfileKillIT.youth(n), n));
			assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
		}
		node1.kill();
		Instant killed = Instant.now();
		List<Map<String, Object>> lockedByTheDead = database.queryForList(
				"select id_, lock_exp_time_ from act_ru_job where " + WELCOME_MAIL_JOBS + " and lock_owner_ is not null");
		log.info("node1 killed with {} of {} welcome mail jobs locked, their locks expiring {}", lockedByTheDead.size(), ENROLLMENTS,
				lockedByTheDead.stream().map(job -> job.get("lock_exp_time_")).toList());
		assertThat(hung.connections()).as("node1 was mailing when it died").isNotEmpty();
		assertThat(lockedByTheDead).isNotEmpty();

		await().atMost(Duration.ofMinutes(3)).until(() -> smtp.getReceivedMessages().length >= ENROLLMENTS);
		log.info("All {} welcome mails sent {} s after node1 was killed", ENROLLMENTS, Duration.between(killed, Instant.now()).toMillis() / 1000.0);

		assertThat(recipients()).hasSize(ENROLLMENTS).doesNotHaveDuplicates();
		assertThat(database.queryForObject("select count(*) from act_ru_job where " + WELCOME_MAIL_JOBS, Long.class)).isZero();
		assertThat(database.queryForObject("select count(*) from act_ru_incident", Long.class)).isZero();
		for (Map<String, Object> job : lockedByTheDead) {
			assertThat(database.queryForList("select hostname_ from act_hi_job_log where job_id_ = ? and job_state_ = 2",
					String.class, job.get("id_"))).as("who ran job %s", job.get("id_")).containsExactly("node2");
		}
		assertThat(Set.copyOf(database.queryForList("select distinct hostname_ from act_hi_job_log", String.class)))
			.containsExactlyInAnyOrder("node1", "node2");
	}

	/** A node as the README's "Several nodes on one database" runs it. */
	private Map<String, String> node(String hostname, int mailPort) {
		Map<String, String> environment = new HashMap<>(Map.of(
				"SPRING_PROFILES_ACTIVE", "default,postgres",
				"SPRING_DATASOURCE_URL", postgres.getJdbcUrl("postgres", "vardflode"),
				"SPRING_DATASOURCE_USERNAME", "postgres",
				"SPRING_DATASOURCE_PASSWORD", "",
				"SPRING_MAIL_HOST", "127.0.0.1",
				"SPRING_MAIL_PORT", String.valueOf(mailPort),
				// the demo profile keeps mail as files; these nodes mail through SMTP as production does
				"VARDFLODE_MAIL_DELIVERY", "smtp"));
		environment.put(HOSTNAME_VARIABLE, hostname);
		return environment;
	}

	private List<String> recipients() {
		return Arrays.stream(smtp.getReceivedMessages()).map(DeadNodeIT::recipient).toList();
	}

	private static String recipient(MimeMessage mail) {
		try {
			return mail.getAllRecipients()[0].toString();
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

}
