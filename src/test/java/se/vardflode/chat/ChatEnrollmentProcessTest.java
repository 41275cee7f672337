package se.vardflode.chat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
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
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.user.MessageDeliveryHandler;
import com.icegreen.greenmail.util.GreenMailUtil;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;

import se.vardflode.chat.ChatChannel.ClosedBy;
import se.vardflode.chat.ChatChannel.Status;
import se.vardflode.notification.Inboxes;
import se.vardflode.notification.TestSmtp;

/** The real chat-enrollment.bpmn and chat-duration.dmn on the real engine, with mail to a real SMTP server. */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class ChatEnrollmentProcessTest {

	static final String CHAT_OPEN = "chatOpen";
	static final String REMINDER_DUE = "reminderDue";
	static final String CHAT_EXPIRES = "chatExpires";
	static final String EXTEND_OR_CLOSE = "extendOrCloseChat";
	static final String SEND_WELCOME_MAIL = "sendWelcomeMail";
	static final String SEND_REMINDER_MAIL = "sendReminderMail";
	static final String SEND_CLOSING_NOTICE = "sendClosingNotice";
	static final String EXTEND_CHAT = "extendChat";
	static final String CHAT_CLOSED = "chatClosed";
	static final String CLOSE_REQUESTED = "closeRequested";
	static final String WELCOME_BVC = "Välkommen till chatten med BVC Gävle";

	@RegisterExtension
	static GreenMailExtension smtp = TestSmtp.extension();

	@Autowired
	ProcessEngine engine;
	@Autowired
	RuntimeService runtimeService;
	@Autowired
	ManagementService managementService;
	@Autowired
	TaskService taskService;
	@Autowired
	FormService formService;
	@Autowired
	ChatEnrollments enrollments;
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
		AbstractAssertions.init(engine);
		ClockUtil.setCurrentTime(Date.from(now));
		inboxes = new Inboxes(jdbc);
		inboxes.clear();
	}

	@AfterEach
	void cleanUp() {
		ClockUtil.reset();
		ChatTestData.deleteAll(runtimeService, jdbc);
	}

	@Test
	void bvc_chat_closes_after_a_year_with_reminder_and_task_two_weeks_before() throws Exception {
		ChatEnrollments.Enrolled enrolled = enrollments.enroll(aBvcEnrollment());
		ProcessInstance chat = instance(enrolled);

		assertThat(chat).isWaitingAt(SEND_WELCOME_MAIL, REMINDER_DUE, CHAT_EXPIRES);
		assertThat(channel(enrolled).status()).isEqualTo(Status.OPEN);
		assertThat(channel(enrolled).openedAt()).isEqualTo("2026-11-23T09:00:00Z");
		assertThat(channel(enrolled).expiresAt()).isEqualTo("2027-11-23T09:00:00Z");
		assertThat(timer(chat, REMINDER_DUE).getDuedate()).isEqualTo(Date.from(Instant.parse("2027-11-09T09:00:00Z")));

		execute(job(chat, SEND_WELCOME_MAIL));
		assertThat(inboxes.recipientsOf(WELCOME_BVC)).containsExactlyInAnyOrder(CHILD, MOTHER, FATHER);
		assertThat(inboxes.body(WELCOME_BVC)).contains("Chatten är öppen till och med 2027-11-23 kl. 10:00");
		assertThat(Inboxes.noticesTo(smtp)).containsExactlyInAnyOrder(MOTHER_MAIL, FATHER_MAIL);

		moveClockTo("2027-11-09T09:00:01Z");
		execute(timer(chat, REMINDER_DUE));
		assertThat(chat).isWaitingAt(EXTEND_OR_CLOSE, SEND_REMINDER_MAIL, CHAT_EXPIRES);
		assertThat(task(chat)).hasName("Förläng eller stäng chatten").hasCandidateGroup(BVC_UNIT)
			.hasDueDate(Date.from(Instant.parse("2027-11-23T09:00:00Z")));
		execute(job(chat, SEND_REMINDER_MAIL));
		assertThat(inboxes.recipientsOf("Din chatt med BVC Gävle stänger snart")).containsExactlyInAnyOrder(CHILD, MOTHER, FATHER);
		assertThat(inboxes.body("Din chatt med BVC Gävle stänger snart")).contains("stänger 2027-11-23 kl. 10:00");

		moveClockTo("2027-11-23T09:00:01Z");
		execute(timer(chat, CHAT_EXPIRES));
		assertThat(chat).isWaitingAt(SEND_CLOSING_NOTICE);
		assertThat(taskService.createTaskQuery().processInstanceId(chat.getId()).count()).isZero();
		assertThat(channel(enrolled).status()).isEqualTo(Status.CLOSED);
		assertThat(channel(enrolled).closedBy()).isEqualTo(ClosedBy.EXPIRED);

		execute(job(chat, SEND_CLOSING_NOTICE));
		assertThat(chat).isEnded().hasPassed(CHAT_CLOSED).hasNotPassed(EXTEND_CHAT);
		assertThat(inboxes.recipientsOf("Din chatt med BVC Gävle är stängd")).containsExactlyInAnyOrder(CHILD, MOTHER, FATHER);
		assertThat(inboxes.body("Din chatt med BVC Gävle är stängd")).contains("Chattens tid med BVC Gävle är slut");
		assertThat(smtp.getReceivedMessages()).hasSize(6);
		assertMailsCarryNoPersonnummer();
	}

	@Test
	void extension_moves_the_closing_time_and_rearms_the_reminder() {
		ChatEnrollments.Enrolled enrolled = enrollments.enroll(anUmEnrollment());
		ProcessInstance chat = instance(enrolled);
		remindOfClosing(chat, "2027-11-09T09:00:01Z");

		complete(task(chat), extendBy("6"));

		assertThat(chat).isWaitingAt(REMINDER_DUE, CHAT_EXPIRES).hasPassed(EXTEND_CHAT);
		// 10:00 Swedish winter time stays 10:00 in summer time, which is 08:00 UTC
		assertThat(channel(enrolled).expiresAt()).isEqualTo("2028-05-23T08:00:00Z");
		assertThat(channel(enrolled).extensions()).isEqualTo(1);
		assertThat(timer(chat, REMINDER_DUE).getDuedate()).isEqualTo(Date.from(Instant.parse("2028-05-09T08:00:00Z")));

		remindOfClosing(chat, "2028-05-09T09:00:01Z");
		complete(task(chat), Map.of("chatDecision", "close"));
		moveClockTo("2028-05-23T09:00:01Z");
		execute(timer(chat, CHAT_EXPIRES));

		assertThat(channel(enrolled).status()).isEqualTo(Status.CLOSED);
		assertThat(channel(enrolled).closedAt()).isEqualTo("2028-05-23T09:00:01Z");
		assertThat(chat).isWaitingAt(SEND_CLOSING_NOTICE);
	}

	@Test
	void chat_can_be_extended_again_and_again() {
		ChatEnrollments.Enrolled enrolled = enrollments.enroll(anUmEnrollment());
		ProcessInstance chat = instance(enrolled);

		remindOfClosing(chat, "2027-11-09T09:00:01Z");
		complete(task(chat), extendBy("3"));
		remindOfClosing(chat, "2028-02-09T09:00:01Z");
		complete(task(chat), extendBy("12"));

		assertThat(channel(enrolled).expiresAt()).isEqualTo("2029-02-23T09:00:00Z");
		assertThat(channel(enrolled).extensions()).isEqualTo(2);
		assertThat(chat).isWaitingAt(REMINDER_DUE, CHAT_EXPIRES);
		assertThat(channel(enrolled).status()).isEqualTo(Status.OPEN);
	}

	@Test
	void letting_the_chat_close_keeps_it_open_until_its_time_is_up() {
		ChatEnrollments.Enrolled enrolled = enrollments.enroll(anUmEnrollment());
		ProcessInstance chat = instance(enrolled);
		remindOfClosing(chat, "2027-11-09T09:00:01Z");

		complete(task(chat), Map.of("chatDecision", "close"));

		assertThat(chat).isWaitingAt(CHAT_EXPIRES).hasNotPassed(EXTEND_CHAT);
		assertThat(channel(enrolled).status()).isEqualTo(Status.OPEN);
	}

	@Test
	void invalid_extension_is_refused_and_the_task_stays() {
		ProcessInstance chat = instance(enrollments.enroll(anUmEnrollment()));
		remindOfClosing(chat, "2027-11-09T09:00:01Z");
		String taskId = task(chat).getId();

		assertThatThrownBy(() -> taskService.complete(taskId, extendBy("5")))
			.hasMessageContaining("extensionMonths: Värdet är inte ett av alternativen");

		assertThat(chat).isWaitingAt(EXTEND_OR_CLOSE);
	}

	@Test
	void an_extension_without_a_reason_through_engine_rest_is_a_400_naming_the_reason() {
		ProcessInstance chat = instance(enrollments.enroll(anUmEnrollment()));
		remindOfClosing(chat, "2027-11-09T09:00:01Z");

		ResponseEntity<String> response = http.withBasicAuth("um.sara", "demo").postForEntity("/engine-rest/task/" + task(chat).getId() + "/complete",
				Map.of("variables", Map.of("chatDecision", Map.of("value", "extend"), "extensionMonths", Map.of("value", "6"))), String.class);

		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(response.getBody()).contains("extensionReason: Ange varför chatten behövs längre.");
		assertThat(chat).isWaitingAt(EXTEND_OR_CLOSE);
	}

	@Test
	void extension_task_carries_the_deployed_extension_form() throws Exception {
		ProcessInstance chat = instance(enrollments.enroll(anUmEnrollment()));
		remindOfClosing(chat, "2027-11-09T09:00:01Z");

		String form = new String(formService.getDeployedTaskForm(task(chat).getId()).readAllBytes());

		assertThat(form).contains("\"id\": \"chat-extension\"", "\"key\": \"extensionMonths\"");
	}

	@Test
	void staff_close_the_chat_early() throws Exception {
		ChatEnrollments.Enrolled enrolled = enrollments.enroll(anMvcEnrollment(LocalDate.of(2027, 5, 1)));
		ProcessInstance chat = instance(enrolled);

		enrollments.close(channel(enrolled), ClosedBy.STAFF, "mvc.maria", "Patienten har flyttat");

		assertThat(chat).hasPassed(CLOSE_REQUESTED).isWaitingAt(SEND_CLOSING_NOTICE, SEND_WELCOME_MAIL);
		ChatChannel closed = channel(enrolled);
		assertThat(closed.status()).isEqualTo(Status.CLOSED);
		assertThat(closed.closedBy()).isEqualTo(ClosedBy.STAFF);
		assertThat(closed.closedByUser()).isEqualTo("mvc.maria");
		assertThat(closed.closeReason()).isEqualTo("Patienten har flyttat");
		execute(job(chat, SEND_CLOSING_NOTICE));
		assertThat(inboxes.recipientsOf("Din chatt med MVC Gävle är stängd")).containsExactly(MOTHER);
		assertThat(inboxes.body("Din chatt med MVC Gävle är stängd")).contains("MVC Gävle har stängt chatten.");
		assertThat(Inboxes.noticesTo(smtp)).containsExactly(MOTHER_MAIL);
		execute(job(chat, SEND_WELCOME_MAIL));
		assertThat(chat).isEnded();
		assertMailsCarryNoPersonnummer();
	}

	@Test
	void patient_closes_the_chat_early() throws Exception {
		ChatEnrollments.Enrolled enrolled = enrollments.enroll(anUmEnrollment());
		ProcessInstance chat = instance(enrolled);
		execute(job(chat, SEND_WELCOME_MAIL));

		enrollments.close(channel(enrolled), ClosedBy.PATIENT, "um.sara", "Patienten vill inte ha chatten längre");
		execute(job(chat, SEND_CLOSING_NOTICE));

		assertThat(chat).isEnded().hasPassed(CLOSE_REQUESTED);
		assertThat(channel(enrolled).closedBy()).isEqualTo(ClosedBy.PATIENT);
		assertThat(inboxes.recipientsOf("Välkommen till chatten med UM Gävle")).containsExactly(YOUTH);
		assertThat(inboxes.recipientsOf("Din chatt med UM Gävle är stängd")).containsExactly(YOUTH);
		assertThat(inboxes.body("Din chatt med UM Gävle är stängd")).contains("Chatten med UM Gävle är stängd, som du har bett om.");
		assertThat(Inboxes.noticesTo(smtp)).containsExactly(YOUTH_MAIL, YOUTH_MAIL);
	}

	@Test
	void mvc_chat_is_open_until_twelve_weeks_after_the_due_date() {
		ChatEnrollments.Enrolled enrolled = enrollments.enroll(anMvcEnrollment(LocalDate.of(2027, 5, 1)));

		// 2027-05-01 + 12 weeks = 2027-07-24, open through that day (Swedish summer time)
		assertThat(channel(enrolled).expiresAt()).isEqualTo("2027-07-24T22:00:00Z");
	}

	@Test
	void failing_mail_server_becomes_an_incident_and_the_chat_stays_open() {
		smtp.stop();
		ChatEnrollments.Enrolled enrolled = enrollments.enroll(anUmEnrollment());
		ProcessInstance chat = instance(enrolled);

		int attempts = 0;
		Job mailJob = job(chat, SEND_WELCOME_MAIL);
		while (mailJob.getRetries() > 0) {
			attempts++;
			String jobId = mailJob.getId();
			assertThatThrownBy(() -> managementService.executeJob(jobId)).hasMessageContaining("Mail server connection failed");
			mailJob = job(chat, SEND_WELCOME_MAIL);
		}

		assertThat(attempts).isEqualTo(3);
		assertThat(runtimeService.createIncidentQuery().processInstanceId(chat.getId()).count()).isEqualTo(1);
		assertThat(chat).isWaitingAt(SEND_WELCOME_MAIL, REMINDER_DUE, CHAT_EXPIRES);
		assertThat(channel(enrolled).status()).isEqualTo(Status.OPEN);
	}

	@Test
	void welcome_mail_retried_after_one_guardian_was_refused_reaches_the_other_guardian_once() {
		ProcessInstance chat = instance(enrollments.enroll(aBvcEnrollment()));
		// the server accepts the mother's mail and refuses the father's for now (451): the job fails after one mail
		AtomicBoolean refuseFather = new AtomicBoolean(true);
		MessageDeliveryHandler deliver = smtp.getUserManager().getMessageDeliveryHandler();
		smtp.getUserManager().setMessageDeliveryHandler((message, address) -> {
			if (FATHER_MAIL.equals(address.getEmail()) && refuseFather.get()) {
				throw new MessagingException("Mailbox temporarily unavailable");
			}
			return deliver.handle(message, address);
		});
		String jobId = job(chat, SEND_WELCOME_MAIL).getId();
		assertThatThrownBy(() -> managementService.executeJob(jobId)).hasMessageContaining("451");
		assertThat(Inboxes.noticesTo(smtp)).containsExactly(MOTHER_MAIL);
		// the failed job's transaction took its messages with it
		assertThat(inboxes.recipientsOf(WELCOME_BVC)).isEmpty();

		refuseFather.set(false);
		managementService.executeJob(jobId);

		assertThat(Inboxes.noticesTo(smtp)).containsExactlyInAnyOrder(MOTHER_MAIL, FATHER_MAIL);
		assertThat(inboxes.recipientsOf(WELCOME_BVC)).containsExactlyInAnyOrder(CHILD, MOTHER, FATHER);
		assertThat(chat).isWaitingAt(REMINDER_DUE, CHAT_EXPIRES);
	}

	private void remindOfClosing(ProcessInstance chat, String at) {
		moveClockTo(at);
		execute(timer(chat, REMINDER_DUE));
		assertThat(chat).isWaitingAt(EXTEND_OR_CLOSE);
	}

	private static Map<String, Object> extendBy(String months) {
		return Map.of("chatDecision", "extend", "extensionMonths", months, "extensionReason", "Uppföljning behövs");
	}

	private void moveClockTo(String instant) {
		ClockUtil.setCurrentTime(Date.from(Instant.parse(instant)));
	}

	private ProcessInstance instance(ChatEnrollments.Enrolled enrolled) {
		ProcessInstance instance = runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(enrolled.chatId())
			.singleResult();
		assertThat(instance.getId()).isEqualTo(enrolled.processInstanceId());
		return instance;
	}

	private ChatChannel channel(ChatEnrollments.Enrolled enrolled) {
		return chats.find(enrolled.chatId()).orElseThrow();
	}

	private Job timer(ProcessInstance chat, String activityId) {
		return managementService.createJobQuery().processInstanceId(chat.getId()).activityId(activityId).timers()
			.singleResult();
	}

	private Job job(ProcessInstance chat, String activityId) {
		return managementService.createJobQuery().processInstanceId(chat.getId()).activityId(activityId).singleResult();
	}

	private void assertMailsCarryNoPersonnummer() throws Exception {
		for (MimeMessage mail : smtp.getReceivedMessages()) {
			String text = mail.getSubject() + "\n" + GreenMailUtil.getBody(mail) + "\n" + mail.getContent();
			for (String digits : ChatFixtures.personnummerDigits()) {
				assertThat(text).doesNotContain(digits);
			}
		}
	}

}
