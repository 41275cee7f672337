package se.vardflode.chat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
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
import static se.vardflode.chat.ChatFixtures.FATHER_MAIL;
import static se.vardflode.chat.ChatFixtures.MOTHER;
import static se.vardflode.chat.ChatFixtures.MOTHER_MAIL;
import static se.vardflode.chat.ChatFixtures.anMvcEnrollment;
import static se.vardflode.chat.ChatFixtures.anUmEnrollment;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import java.util.Map;

import jakarta.mail.internet.MimeMessage;

import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import se.vardflode.EngineClock;
import se.vardflode.Inboxes;
import se.vardflode.Mailbox;
import se.vardflode.VardflodeTest;
import se.vardflode.api.ApiProblem;
import se.vardflode.chat.EnrollmentRequest.Guardian;
import se.vardflode.kernel.CareTime;
import se.vardflode.kernel.EmailAddress;
import se.vardflode.kernel.Personnummer;

/** The real chat-participant-consent.bpmn: a second guardian joins a BVC chat only with the first one's consent. */
@VardflodeTest
class ChatParticipantConsentProcessTest {

	static final String GIVE_CONSENT = ChatConsentProcess.GIVE_CONSENT;
	static final String SEND_CONSENT_REQUEST = ChatConsentProcess.SEND_CONSENT_REQUEST;
	static final String SEND_PARTICIPANT_WELCOME = "sendParticipantWelcome";
	static final String ADD_PARTICIPANT = ChatConsentProcess.ADD_PARTICIPANT;
	static final String PARTICIPANT_ADDED = "participantAdded";
	static final String NOTHING_CHANGED = "nothingChanged";
	static final String REQUEST_EXPIRED = "requestExpired";

	final Mailbox mailbox = Mailbox.get();

	@Autowired
	ChatEnrollments enrollments;
	@Autowired
	ChatRules rules;
	@Autowired
	ParticipantRequests participantRequests;
	@Autowired
	ChatChannels chats;
	@Autowired
	JdbcClient jdbc;

	@BeforeEach
	void setUp() {
		EngineClock.setTo(Instant.parse("2026-11-23T09:00:00Z"));
	}

	@Test
	void second_guardian_joins_when_the_first_consents() throws Exception {
		ChatChannel chat = aBvcChatWithTheMotherOnly();

		ProcessInstance consent = askToJoin(chat, FATHER, FATHER_MAIL);

		assertThat(consent).isWaitingAt(GIVE_CONSENT, SEND_CONSENT_REQUEST);
		assertThat(task(consent)).isAssignedTo("patient:199003151231");
		assertThat(new String(formService().getDeployedTaskForm(task(consent).getId()).readAllBytes()))
			.contains("\"id\": \"guardian-consent\"");
		execute(job(SEND_CONSENT_REQUEST, consent));
		MimeMessage request = mailbox.received()[0];
		assertThat(request.getAllRecipients()[0]).hasToString(MOTHER_MAIL);
		assertThat(request.getSubject()).isEqualTo(Inboxes.NOTICE_SUBJECT);
		Inboxes inboxes = new Inboxes(jdbc);
		assertThat(inboxes.titlesFor(MOTHER)).endsWith("Någon vill vara med i din chatt med BVC Gävle");

		complete(task(consent), Map.of("consent", "yes"));
		execute(job(SEND_PARTICIPANT_WELCOME, consent));

		assertThat(consent).isEnded().hasPassed(PARTICIPANT_ADDED);
		assertThat(chats.participants(chat.id())).extracting(p -> p.personnummer().formatted())
			.containsExactly(CHILD, MOTHER, FATHER);
		MimeMessage welcome = mailbox.received()[1];
		assertThat(welcome.getAllRecipients()[0]).hasToString(FATHER_MAIL);
		assertThat(welcome.getSubject()).isEqualTo(Inboxes.NOTICE_SUBJECT);
		assertThat(inboxes.titlesFor(FATHER)).endsWith("Välkommen till chatten med BVC Gävle");
	}

	@Test
	void nothing_changes_when_the_first_guardian_says_no() {
		ChatChannel chat = aBvcChatWithTheMotherOnly();
		ProcessInstance consent = askToJoin(chat, FATHER, FATHER_MAIL);

		complete(task(consent), Map.of("consent", "no"));

		assertThat(consent).hasPassed(NOTHING_CHANGED).hasNotPassed(PARTICIPANT_ADDED);
		assertThat(chats.participants(chat.id())).hasSize(2);
	}

	@Test
	void unanswered_request_expires_after_fourteen_days() {
		ChatChannel chat = aBvcChatWithTheMotherOnly();
		ProcessInstance consent = askToJoin(chat, FATHER, FATHER_MAIL);

		EngineClock.setTo(Instant.parse("2026-12-07T09:00:01Z"));
		execute(managementService().createJobQuery().processInstanceId(consent.getId()).timers().singleResult());

		assertThat(consent).hasPassed(REQUEST_EXPIRED).hasNotPassed(PARTICIPANT_ADDED);
		assertThat(taskService().createTaskQuery().processInstanceId(consent.getId()).count()).isZero();
		assertThat(chats.participants(chat.id())).hasSize(2);
	}

	@Test
	void consent_task_needs_a_yes_or_a_no() {
		ProcessInstance consent = askToJoin(aBvcChatWithTheMotherOnly(), FATHER, FATHER_MAIL);
		String taskId = task(consent).getId();

		assertThatThrownBy(() -> taskService().complete(taskId, Map.of("consent", "kanske"))).hasMessageContaining("consent: Värdet är inte ett av alternativen");
		assertThat(consent).isWaitingAt(GIVE_CONSENT);
	}

	@Test
	void at_mvc_the_patient_herself_consents_to_her_partner() {
		ChatChannel chat = chats.find(enrollments.enroll(rules.enrollment(anMvcEnrollment(LocalDate.of(2027, 5, 1)))).chatId()).orElseThrow();

		ProcessInstance consent = askToJoin(chat, FATHER, FATHER_MAIL);

		assertThat(task(consent)).isAssignedTo("patient:199003151231");
		assertThat(task(consent).getDueDate()).as("the consent lapses after 14 days").isEqualTo(
				Date.from(EngineClock.now().plus(Duration.ofDays(14))));

		complete(task(consent), Map.of("consent", "yes"));

		assertThat(consent).hasPassed(ADD_PARTICIPANT).isWaitingAt(SEND_PARTICIPANT_WELCOME);
		assertThat(chats.participants(chat.id())).extracting(p -> p.role() + " " + p.personnummer().formatted())
			.containsExactly("PATIENT " + MOTHER, "GUARDIAN " + FATHER);
	}

	@Test
	void nobody_can_join_a_youth_clinic_chat() {
		ChatChannel chat = chats.find(enrollments.enroll(rules.enrollment(anUmEnrollment())).chatId()).orElseThrow();

		ApiProblem refused = catchThrowableOfType(ApiProblem.class,
				() -> participantRequests.request(chat, personnummer(MOTHER), new EmailAddress(MOTHER_MAIL)));

		assertThat(refused.status().value()).isEqualTo(422);
		assertThat(runtimeService().createProcessInstanceQuery().processDefinitionKey(ChatConsentProcess.KEY).count())
			.isZero();
	}

	@Test
	void same_person_cannot_be_asked_for_twice_or_join_twice() {
		ChatChannel chat = aBvcChatWithTheMotherOnly();
		askToJoin(chat, FATHER, FATHER_MAIL);

		assertThat(catchThrowableOfType(ApiProblem.class,
				() -> participantRequests.request(chat, personnummer(FATHER), new EmailAddress(FATHER_MAIL))).status().value())
			.isEqualTo(409);
		assertThat(catchThrowableOfType(ApiProblem.class,
				() -> participantRequests.request(chat, personnummer(MOTHER), new EmailAddress(MOTHER_MAIL))).properties())
			.containsEntry("chatId", chat.id());
	}

	private ChatChannel aBvcChatWithTheMotherOnly() {
		String chatId = enrollments.enroll(rules.enrollment(new EnrollmentRequest("BVC", BVC_UNIT, CHILD, null, null,
				List.of(new Guardian(MOTHER, MOTHER_MAIL))))).chatId();
		return chats.find(chatId).orElseThrow();
	}

	private ProcessInstance askToJoin(ChatChannel chat, String personnummer, String email) {
		String instanceId = participantRequests.request(chat, personnummer(personnummer), new EmailAddress(email)).processInstanceId();
		return runtimeService().createProcessInstanceQuery().processInstanceId(instanceId).singleResult();
	}

	private static Personnummer personnummer(String text) {
		return Personnummer.parse(text, CareTime.today());
	}

}
