package se.vardflode.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import se.vardflode.EngineClock;
import se.vardflode.triage.CallBackFixtures;

/**
 * An SMTP server that accepts connections and never answers — with the engine's own job executor running, two
 * threads, the real promised-call-back.bpmn. Mail timeouts are 1 s here (5 s in production, application.yaml), so
 * that the test takes seconds. The connection pool is as small as the job threads: each job holds one connection,
 * and the mail server's acceptance must still be recorded (on the outbox's own pool), or the mails would go out again.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = {
		"camunda.bpm.process-engine-name=hungsmtp",
		"camunda.bpm.webapp.enabled=false",
		"camunda.bpm.job-execution.enabled=true",
		"camunda.bpm.job-execution.core-pool-size=2",
		"camunda.bpm.job-execution.max-pool-size=2",
		"camunda.bpm.job-execution.wait-time-in-millis=100",
		"camunda.bpm.job-execution.max-wait=500",
		"spring.datasource.hikari.maximum-pool-size=2",
		"spring.mail.properties[mail.smtp.connectiontimeout]=1000",
		"spring.mail.properties[mail.smtp.timeout]=1000",
		"spring.mail.properties[mail.smtp.writetimeout]=1000" })
@DirtiesContext
class HungMailServerTest {

	static final String NOTIFY_TEAM = "notifyTeamOfMissedCallBack";

	static final SilentSmtpServer hung = SilentSmtpServer.start();

	@DynamicPropertySource
	static void mailToTheSilentServer(DynamicPropertyRegistry registry) {
		registry.add("spring.mail.port", hung::port);
	}

	@Autowired
	RuntimeService runtimeService;
	@Autowired
	ManagementService managementService;
	@Autowired
	TestRestTemplate rest;

	GreenMail smtp;

	@AfterEach
	void stop() {
		EngineClock.reset();
		if (smtp != null) {
			smtp.stop();
		}
	}

	@AfterAll
	static void closeServer() {
		hung.close();
	}

	@Test
	void a_silent_mail_server_fails_each_attempt_within_its_timeout_timers_still_fire_and_a_retry_runs_at_once() {
		// Given: four call-backs whose promised time has passed, so four team mails, on two job threads
		Instant now = Instant.now();
		List<ProcessInstance> callBacks = new ArrayList<>();
		for (int i = 0; i < 4; i++) {
			callBacks.add(CallBackFixtures.adviceLinePromisesCallBack(runtimeService, now, Duration.ofHours(-1)));
		}
		// and one whose promised time passes in two seconds, while both threads are in the mail server
		ProcessInstance later = CallBackFixtures.adviceLinePromisesCallBack(runtimeService, now, Duration.ofSeconds(2));
		callBacks.add(later);

		// Then the later timer fires: the silent server does not hold the executor
		await().atMost(Duration.ofSeconds(60)).until(() -> managementService.createJobQuery().processInstanceId(later.getId())
			.timers().count() == 0);
		// and every mail attempt ends by the read timeout, the job to be retried after the model's 5 minutes
		await().atMost(Duration.ofSeconds(60)).until(() -> mailJobs(callBacks).stream().allMatch(job -> job.getRetries() == 2));
		assertThat(hung.connections()).hasSizeGreaterThanOrEqualTo(5);
		assertThat(mailJobs(callBacks)).allSatisfy(job -> assertThat(job.getExceptionMessage()).contains("Read timed out"));

		// When the two retries fall due, they time out too: five incidents, nothing sent, nothing lost
		EngineClock.setTo(now.plus(Duration.ofMinutes(6)));
		await().atMost(Duration.ofSeconds(60)).until(() -> mailJobs(callBacks).stream().allMatch(job -> job.getRetries() == 1));
		Date failedForGood = Date.from(now.plus(Duration.ofMinutes(12)));
		EngineClock.setTo(failedForGood);
		await().atMost(Duration.ofSeconds(60)).until(() -> runtimeService.createIncidentQuery().count() == 5);
		assertThat(mailJobs(callBacks)).allSatisfy(job -> assertThat(job.getRetries()).isZero());

		// When the mail server is back and the process owner retries them through the REST API, as Cockpit does. The
		// engine clock stands still here: a job still due at its last backoff (5 minutes later) would never run.
		// the real server on a port of its own, through the silent server's port that the application knows
		ServerSetup backUp = new ServerSetup(25, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort();
		// a bound, not a wait: on a loaded build machine the server's threads may take longer than GreenMail's 2 s
		backUp.setServerStartupTimeout(Duration.ofSeconds(30).toMillis());
		smtp = new GreenMail(backUp);
		smtp.start();
		hung.answerThrough(smtp.getSmtp().getPort());
		var retried = rest.withBasicAuth("processagare", "demo").postForEntity("/engine-rest/engine/hungsmtp/job/retries",
				Map.of("jobIds", mailJobs(callBacks).stream().map(Job::getId).toList(), "retries", 1), Map.class);
		assertThat(retried.getStatusCode()).isEqualTo(HttpStatus.OK);

		// Then every team mail goes out once, now
		await().atMost(Duration.ofSeconds(60)).until(() -> mailJobs(callBacks).isEmpty());
		assertThat(smtp.getReceivedMessages()).hasSize(5);
		assertThat(runtimeService.createIncidentQuery().count()).isZero();
	}

	private List<Job> mailJobs(List<ProcessInstance> callBacks) {
		return callBacks.stream()
			.flatMap(callBack -> managementService.createJobQuery().processInstanceId(callBack.getId()).activityId(NOTIFY_TEAM).list().stream())
			.toList();
	}

}
