package se.vardflode.chat;

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
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;
import static se.vardflode.chat.ChatFixtures.BVC_UNIT;
import static se.vardflode.chat.ChatFixtures.CHILD;
import static se.vardflode.chat.ChatFixtures.FATHER;
import static se.vardflode.chat.ChatFixtures.MOTHER;
import static se.vardflode.chat.ChatFixtures.YOUTH;
import static se.vardflode.chat.ChatFixtures.FATHER_MAIL;
import static se.vardflode.chat.ChatFixtures.MOTHER_MAIL;
import static se.vardflode.chat.ChatFixtures.YOUTH_MAIL;
import static se.vardflode.chat.ChatFixtures.aBvcEnrollment;
import static se.vardflode.chat.ChatFixtures.anMvcEnrollment;
import static se.vardflode.chat.ChatFixtures.anUmEnrollment;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.Map;

import com.icegreen.greenmail.util.GreenMailUtil;

import jakarta.mail.internet.MimeMessage;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;

import se.vardflode.EngineClock;
import se.vardflode.Inboxes;
import se.vardflode.Mailbox;
import se.vardflode.VardflodeTest;
import se.vardflode.chat.ChatChannel.ClosedBy;
import se.vardflode.chat.ChatChannel.Status;

/**
 * The real chat-enrollment.bpmn and chat-duration.dmn on the real engine: what the chat tells its participants is in
 * their inboxes in the patient page, and each gets the neutral notice at a real SMTP server.
 */
@VardflodeTest
class ChatEnrollmentProcessTest {

	static final String CHAT_OPEN = ChatProcess.CHAT_OPEN;
	static final String REMINDER_DUE = ChatProcess.REMINDER_DUE;
	static final String CHAT_EXPIRES = ChatProcess.CHAT_EXPIRES;
	static final String EXTEND_OR_CLOSE = ChatProcess.EXTEND_OR_CLOSE_CHAT;
	static final String SEND_WELCOME_MAIL = ChatProcess.SEND_WELCOME_MAIL;
	static final String SEND_REMINDER_MAIL = ChatProcess.SEND_REMINDER_MAIL;
	static final String SEND_CLOSING_NOTICE = ChatProcess.SEND_CLOSING_NOTICE;
	static final String EXTEND_CHAT = ChatProcess.EXTEND_CHAT;
	static final String CHAT_CLOSED = ChatProcess.CHAT_CLOSED;
	static final String CLOSE_REQUESTED = "closeRequested";
	static final String WELCOME_BVC = "Välkommen till chatten med BVC Gävle";

	final Mailbox mailbox = Mailbox.get();

	@Autowired
	ProcessEngine engine;
	@Autowired
	ChatEnrollments enrollments;
	@Autowired
	ChatRules rules;
	@Autowired
	ChatChannels chats;
	@Autowired
	JdbcClient jdbc;
	@Autowired
	TestRestTemplate http;

	Instant now = Instant.parse("2026-11-23T09:00:00Z");

	Inboxes inboxes;

	@BeforeEach
	void setUp() {
		EngineClock.setTo(now);
		inboxes = new Inboxes(jdbc);
	}

	@Test
	void bvc_chat_closes_after_a_year_with_reminder_and_task_two_weeks_before() throws Exception {
		ChatEnrollments.Enrolled enrolled = enrollments.enroll(rules.enrollment(aBvcEnrollment()));
		ProcessInstance chat = instance(enrolled);

		// one job at enrollment: the welcome; the reminder's timer comes after it, the closing timer with the reminder
		assertThat(chat).isWaitingAt(SEND_WELCOME_MAIL).isNotWaitingAt(REMINDER_DUE, CHAT_EXPIRES);
		assertThat(managementService().createJobQuery().processInstanceId(chat.getId()).count()).isEqualTo(1);
		assertThat(channel(enrolled).status()).isEqualTo(Status.OPEN);
		assertThat(channel(enrolled).openedAt()).isEqualTo("2026-11-23T09:00:00Z");
		assertThat(channel(enrolled).expiresAt()).isEqualTo("2027-11-23T09:00:00Z");

		execute(job(SEND_WELCOME_MAIL, chat));
		assertThat(chat).isWaitingAt(REMINDER_DUE).isNotWaitingAt(CHAT_EXPIRES);
		assertThat(job(REMINDER_DUE, chat).getDuedate()).isEqualTo(Date.from(Instant.parse("2027-11-09T09:00:00Z")));
		assertThat(inboxes.recipientsOf(WELCOME_BVC)).containsExactlyInAnyOrder(CHILD, MOTHER, FATHER);
		assertThat(inboxes.body(WELCOME_BVC)).contains("Chatten är öppen till och med 2027-11-23 kl. 10:00");
		assertThat(mailbox.recipientsOf(Inboxes.NOTICE_SUBJECT)).containsExactlyInAnyOrder(MOTHER_MAIL, FATHER_MAIL);

		moveClockTo("2027-11-09T09:00:01Z");
		execute(job(REMINDER_DUE, chat));
		assertThat(chat).isWaitingAt(EXTEND_OR_CLOSE, SEND_REMINDER_MAIL, CHAT_EXPIRES);
		assertThat(task(chat)).hasName("Förläng eller stäng chatten").hasCandidateGroup(BVC_UNIT)
			.hasDueDate(Date.from(Instant.parse("2027-11-23T09:00:00Z")));
		execute(job(SEND_REMINDER_MAIL, chat));
		assertThat(inboxes.recipientsOf("Din chatt med BVC Gävle stänger snart")).containsExactlyInAnyOrder(CHILD, MOTHER, FATHER);
		assertThat(inboxes.body("Din chatt med BVC Gävle stänger snart")).contains("stänger 2027-11-23 kl. 10:00");

		moveClockTo("2027-11-23T09:00:01Z");
		execute(job(CHAT_EXPIRES, chat));
		assertThat(chat).isWaitingAt(SEND_CLOSING_NOTICE);
		assertThat(taskService().createTaskQuery().processInstanceId(chat.getId()).count()).isZero();
		assertThat(channel(enrolled).status()).isEqualTo(Status.CLOSED);
		assertThat(channel(enrolled).closedBy()).isEqualTo(ClosedBy.EXPIRED);

		execute(job(SEND_CLOSING_NOTICE, chat));
		assertThat(chat).isEnded().hasPassed(CHAT_CLOSED).hasNotPassed(EXTEND_CHAT);
		assertThat(inboxes.recipientsOf("Din chatt med BVC Gävle är stängd")).containsExactlyInAnyOrder(CHILD, MOTHER, FATHER);
		assertThat(inboxes.body("Din chatt med BVC Gävle är stängd")).contains("Chattens tid med BVC Gävle är slut");
		assertThat(mailbox.recipientsOf(Inboxes.NOTICE_SUBJECT)).hasSize(6);
		assertThat(mailbox.received()).hasSize(6);
		assertMailsCarryNoPersonnummer();
	}

	@Test
	void extension_moves_the_closing_time_and_rearms_the_reminder() {
		ChatEnrollments.Enrolled enrolled = enrollments.enroll(rules.enrollment(anUmEnrollment()));
		ProcessInstance chat = instance(enrolled);
		remindOfClosing(chat, "2027-11-09T09:00:01Z");

		complete(task(chat), extendBy("6"));

		// opened again without a second welcome
		assertThat(chat).isWaitingAt(REMINDER_DUE).isNotWaitingAt(CHAT_EXPIRES, SEND_WELCOME_MAIL).hasPassed(EXTEND_CHAT);
		// 10:00 Swedish winter time stays 10:00 in summer time, which is 08:00 UTC
		assertThat(channel(enrolled).expiresAt()).isEqualTo("2028-05-23T08:00:00Z");
		assertThat(channel(enrolled).extensions()).isEqualTo(1);
		assertThat(job(REMINDER_DUE, chat).getDuedate()).isEqualTo(Date.from(Instant.parse("2028-05-09T08:00:00Z")));

		remindOfClosing(chat, "2028-05-09T09:00:01Z");
		complete(task(chat), Map.of("chatDecision", "close"));
		moveClockTo("2028-05-23T09:00:01Z");
		execute(job(CHAT_EXPIRES, chat));

		assertThat(channel(enrolled).status()).isEqualTo(Status.CLOSED);
		assertThat(channel(enrolled).closedAt()).isEqualTo("2028-05-23T09:00:01Z");
		assertThat(chat).isWaitingAt(SEND_CLOSING_NOTICE);
	}

	@Test
	void chat_can_be_extended_again_and_again() {
		ChatEnrollments.Enrolled enrolled = enrollments.enroll(rules.enrollment(anUmEnrollment()));
		ProcessInstance chat = instance(enrolled);

		remindOfClosing(chat, "2027-11-09T09:00:01Z");
		complete(task(chat), extendBy("3"));
		remindOfClosing(chat, "2028-02-09T09:00:01Z");
		complete(task(chat), extendBy("12"));

		assertThat(channel(enrolled).expiresAt()).isEqualTo("2029-02-23T09:00:00Z");
		assertThat(channel(enrolled).extensions()).isEqualTo(2);
		assertThat(chat).isWaitingAt(REMINDER_DUE).isNotWaitingAt(CHAT_EXPIRES, SEND_WELCOME_MAIL);
		assertThat(channel(enrolled).status()).isEqualTo(Status.OPEN);
	}

	@Test
	void letting_the_chat_close_keeps_it_open_until_its_time_is_up() {
		ChatEnrollments.Enrolled enrolled = enrollments.enroll(rules.enrollment(anUmEnrollment()));
		ProcessInstance chat = instance(enrolled);
		remindOfClosing(chat, "2027-11-09T09:00:01Z");

		complete(task(chat), Map.of("chatDecision", "close"));

		assertThat(chat).isWaitingAt(CHAT_EXPIRES).hasNotPassed(EXTEND_CHAT);
		assertThat(channel(enrolled).status()).isEqualTo(Status.OPEN);
	}

	@Test
	void invalid_extension_is_refused_and_the_task_stays() {
		ProcessInstance chat = instance(enrollments.enroll(rules.enrollment(anUmEnrollment())));
		remindOfClosing(chat, "2027-11-09T09:00:01Z");
		String taskId = task(chat).getId();

		assertThatThrownBy(() -> taskService().complete(taskId, extendBy("5")))
			.hasMessageContaining("extensionMonths: Värdet är inte ett av alternativen");

		assertThat(chat).isWaitingAt(EXTEND_OR_CLOSE);
	}

	@Test
	void an_extension_without_a_reason_through_engine_rest_is_a_400_naming_the_reason() {
		ProcessInstance chat = instance(enrollments.enroll(rules.enrollment(anUmEnrollment())));
		remindOfClosing(chat, "2027-11-09T09:00:01Z");

		ResponseEntity<String> response = http.withBasicAuth("um.sara", "demo").postForEntity("/engine-rest/task/" + task(chat).getId() + "/complete",
				Map.of("variables", Map.of("chatDecision", Map.of("value", "extend"), "extensionMonths", Map.of("value", "6"))), String.class);

		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(response.getBody()).contains("extensionReason: Ange varför chatten behövs längre.");
		assertThat(chat).isWaitingAt(EXTEND_OR_CLOSE);
	}

	@Test
	void extension_task_carries_the_deployed_extension_form() throws Exception {
		ProcessInstance chat = instance(enrollments.enroll(rules.enrollment(anUmEnrollment())));
		remindOfClosing(chat, "2027-11-09T09:00:01Z");

		String form = new String(formService().getDeployedTaskForm(task(chat).getId()).readAllBytes());

		assertThat(form).contains("\"id\": \"chat-extension\"", "\"key\": \"extensionMonths\"");
	}

	@Test
	void staff_close_the_chat_early() throws Exception {
		ChatEnrollments.Enrolled enrolled = enrollments.enroll(rules.enrollment(anMvcEnrollment(LocalDate.of(2027, 5, 1))));
		ProcessInstance chat = instance(enrolled);

		enrollments.close(channel(enrolled), ClosedBy.STAFF, "mvc.maria", "Patienten har flyttat");

		// closed before its welcome went out: the patient is told it is closed, not welcomed
		assertThat(chat).hasPassed(CLOSE_REQUESTED).isWaitingAt(SEND_CLOSING_NOTICE).isNotWaitingAt(SEND_WELCOME_MAIL);
		ChatChannel closed = channel(enrolled);
		assertThat(closed.status()).isEqualTo(Status.CLOSED);
		assertThat(closed.closedBy()).isEqualTo(ClosedBy.STAFF);
		assertThat(closed.closedByUser()).isEqualTo("mvc.maria");
		assertThat(closed.closeReason()).isEqualTo("Patienten har flyttat");
		execute(job(SEND_CLOSING_NOTICE, chat));
		assertThat(inboxes.recipientsOf("Din chatt med MVC Gävle är stängd")).containsExactly(MOTHER);
		assertThat(inboxes.body("Din chatt med MVC Gävle är stängd")).contains("MVC Gävle har stängt chatten.");
		assertThat(mailbox.recipientsOf(Inboxes.NOTICE_SUBJECT)).containsExactly(MOTHER_MAIL);
		assertThat(chat).isEnded();
		assertMailsCarryNoPersonnummer();
	}

	@Test
	void patient_closes_the_chat_early() throws Exception {
		ChatEnrollments.Enrolled enrolled = enrollments.enroll(rules.enrollment(anUmEnrollment()));
		ProcessInstance chat = instance(enrolled);
		execute(job(SEND_WELCOME_MAIL, chat));

		enrollments.close(channel(enrolled), ClosedBy.PATIENT, "um.sara", "Patienten vill inte ha chatten längre");
		execute(job(SEND_CLOSING_NOTICE, chat));

		assertThat(chat).isEnded().hasPassed(CLOSE_REQUESTED);
		assertThat(channel(enrolled).closedBy()).isEqualTo(ClosedBy.PATIENT);
		assertThat(inboxes.recipientsOf("Välkommen till chatten med UM Gävle")).containsExactly(YOUTH);
		assertThat(inboxes.recipientsOf("Din chatt med UM Gävle är stängd")).containsExactly(YOUTH);
		assertThat(inboxes.body("Din chatt med UM Gävle är stängd")).contains("Chatten med UM Gävle är stängd, som du har bett om.");
		assertThat(mailbox.recipientsOf(Inboxes.NOTICE_SUBJECT)).containsExactly(YOUTH_MAIL, YOUTH_MAIL);
	}

	@Test
	void mvc_chat_is_open_until_twelve_weeks_after_the_due_date() {
		ChatEnrollments.Enrolled enrolled = enrollments.enroll(rules.enrollment(anMvcEnrollment(LocalDate.of(2027, 5, 1))));

		// 2027-05-01 + 12 weeks = 2027-07-24, open through that day (Swedish summer time)
		assertThat(channel(enrolled).expiresAt()).isEqualTo("2027-07-24T22:00:00Z");
	}

	@Test
	void failing_mail_server_becomes_an_incident_and_the_chat_stays_open() {
		mailbox.stopServer();
		ChatEnrollments.Enrolled enrolled = enrollments.enroll(rules.enrollment(anUmEnrollment()));
		ProcessInstance chat = instance(enrolled);

		int attempts = 0;
		Job mailJob = job(SEND_WELCOME_MAIL, chat);
		while (mailJob.getRetries() > 0) {
			attempts++;
			String jobId = mailJob.getId();
			assertThatThrownBy(() -> managementService().executeJob(jobId)).hasMessageContaining("Mail server connection failed");
			mailJob = job(SEND_WELCOME_MAIL, chat);
		}

		assertThat(attempts).isEqualTo(3);
		assertThat(runtimeService().createIncidentQuery().processInstanceId(chat.getId()).count()).isEqualTo(1);
		assertThat(chat).isWaitingAt(SEND_WELCOME_MAIL).isNotWaitingAt(REMINDER_DUE);
		assertThat(channel(enrolled).status()).isEqualTo(Status.OPEN);

		// once the mail server is back and the job retried, the reminder is armed from the closing time, not from when
		// the welcome finally went out (closing the chat meanwhile: staff_close_the_chat_early)
		Mailbox.get();
		EngineClock.setTo(Instant.parse("2026-11-30T09:00:00Z"));
		managementService().setJobRetries(job(SEND_WELCOME_MAIL, chat).getId(), 1);
		execute(job(SEND_WELCOME_MAIL, chat));
		assertThat(runtimeService().createIncidentQuery().processInstanceId(chat.getId()).count()).isZero();
		assertThat(job(REMINDER_DUE, chat).getDuedate()).isEqualTo(Date.from(Instant.parse("2027-11-09T09:00:00Z")));
	}

	@Test
	void welcome_mail_retried_after_one_guardian_was_refused_reaches_the_other_guardian_once() {
		ProcessInstance chat = instance(enrollments.enroll(rules.enrollment(aBvcEnrollment())));
		// the server accepts the mother's mail and refuses the father's for now (451): the job fails after one mail
		mailbox.refuseMailTo(FATHER_MAIL);
		String jobId = job(SEND_WELCOME_MAIL, chat).getId();
		assertThatThrownBy(() -> managementService().executeJob(jobId)).hasMessageContaining("451");
		assertThat(mailbox.recipientsOf(Inboxes.NOTICE_SUBJECT)).containsExactly(MOTHER_MAIL);
		// the failed job's transaction took its messages with it
		assertThat(inboxes.recipientsOf(WELCOME_BVC)).isEmpty();

		mailbox.acceptMailTo(FATHER_MAIL);
		managementService().executeJob(jobId);

		assertThat(mailbox.recipientsOf(Inboxes.NOTICE_SUBJECT)).containsExactlyInAnyOrder(MOTHER_MAIL, FATHER_MAIL);
		assertThat(inboxes.recipientsOf(WELCOME_BVC)).containsExactlyInAnyOrder(CHILD, MOTHER, FATHER);
		assertThat(chat).isWaitingAt(REMINDER_DUE).isNotWaitingAt(CHAT_EXPIRES);
	}

	private void remindOfClosing(ProcessInstance chat, String at) {
		Job welcome = managementService().createJobQuery().processInstanceId(chat.getId()).activityId(SEND_WELCOME_MAIL).singleResult();
		if (welcome != null) {
			execute(welcome);
		}
		moveClockTo(at);
		execute(job(REMINDER_DUE, chat));
		assertThat(chat).isWaitingAt(EXTEND_OR_CLOSE);
	}

	private static Map<String, Object> extendBy(String months) {
		return Map.of("chatDecision", "extend", "extensionMonths", months, "extensionReason", "Uppföljning behövs");
	}

	private void moveClockTo(String instant) {
		EngineClock.setTo(Instant.parse(instant));
	}

	private ProcessInstance instance(ChatEnrollments.Enrolled enrolled) {
		ProcessInstance instance = runtimeService().createProcessInstanceQuery().processInstanceBusinessKey(enrolled.chatId())
			.singleResult();
		assertThat(instance.getId()).isEqualTo(enrolled.processInstanceId());
		return instance;
	}

	private ChatChannel channel(ChatEnrollments.Enrolled enrolled) {
		return chats.find(enrolled.chatId()).orElseThrow();
	}

	private void assertMailsCarryNoPersonnummer() throws Exception {
		for (MimeMessage mail : mailbox.received()) {
			String text = mail.getSubject() + "\n" + GreenMailUtil.getBody(mail) + "\n" + mail.getContent();
			for (String digits : ChatFixtures.personnummerDigits()) {
				assertThat(text).doesNotContain(digits);
			}
		}
	}

}
