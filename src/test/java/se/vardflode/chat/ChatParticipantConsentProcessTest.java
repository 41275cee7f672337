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

/**
 * The real chat-participant-consent.bpmn: a second custodian joins a BVC chat on the unit's word and answers herself or
 * himself; anyone who is not a custodian joins only with a custodian's consent.
 */
@VardflodeTest
class ChatParticipantConsentProcessTest {

	static final String GIVE_CONSENT = ChatConsentProcess.GIVE_CONSENT;
	static final String SEND_CONSENT_REQUEST = ChatConsentProcess.SEND_CONSENT_REQUEST;
	static final String SEND_PARTICIPANT_WELCOME = "sendParticipantWelcome";
	static final String ADD_PARTICIPANT = ChatConsentProcess.ADD_PARTICIPANT;
	static final String PARTICIPANT_ADDED = "participantAdded";
	static final String NOTHING_CHANGED = "nothingChanged";
	static final String REQUEST_EXPIRED = "requestExpired";
	static final String ACCEPT_INVITATION = ChatConsentProcess.ACCEPT_INVITATION;
	static final String SEND_INVITATION = ChatConsentProcess.SEND_INVITATION;
	static final String INVITATION_LAPSED = "invitationLapsed";
	static final String FATHER_REFERENCE = "patient:199507049873";
	static final String MOTHER_REFERENCE = "patient:199003151231";

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
	void a_second_custodian_joins_on_the_units_word_answering_in_his_own_login() throws Exception {
		ChatChannel chat = aBvcChatWithTheMotherOnly();

		ProcessInstance invitation = custodianAsksToJoin(chat, FATHER, FATHER_MAIL);

		assertThat(invitation).isWaitingAt(ACCEPT_INVITATION, SEND_INVITATION).hasNotPassed(GIVE_CONSENT);
		assertThat(task(invitation)).isAssignedTo(FATHER_REFERENCE);
		assertThat(taskService().createTaskQuery().taskAssignee(MOTHER_REFERENCE).count()).as("the mother decides nothing").isZero();
		assertThat(new String(formService().getDeployedTaskForm(task(invitation).getId()).readAllBytes()))
			.contains("\"id\": \"chat-invitation\"");
		execute(job(SEND_INVITATION, invitation));
		MimeMessage mail = mailbox.received()[0];
		assertThat(mail.getAllRecipients()).extracting(Object::toString).containsExactly(FATHER_MAIL);
		assertThat(mail.getSubject()).isEqualTo("Du har ett nytt meddelande från vården");

		complete(task(invitation), Map.of("consent", "yes"));
		execute(job(SEND_PARTICIPANT_WELCOME, invitation));

		assertThat(invitation).isEnded().hasPassed(ADD_PARTICIPANT, PARTICIPANT_ADDED);
		assertThat(chats.participants(chat.id())).extracting(p -> p.personnummer().formatted() + " " + p.custodian())
			.containsExactly(CHILD + " false", MOTHER + " true", FATHER + " true");
	}

	@Test
	void a_custodian_who_declines_or_does_not_answer_the_invitation_is_not_added() {
		ChatChannel chat = aBvcChatWithTheMotherOnly();
		ProcessInstance declined = custodianAsksToJoin(chat, FATHER, FATHER_MAIL);
		complete(task(declined), Map.of("consent", "no"));
		execute(job(SEND_INVITATION, declined));
		ProcessInstance unanswered = custodianAsksToJoin(chat, FATHER, FATHER_MAIL);

		EngineClock.setTo(Instant.parse("2026-12-07T09:00:01Z"));
		execute(managementService().createJobQuery().processInstanceId(unanswered.getId()).timers().singleResult());

		assertThat(declined).isEnded().hasPassed(NOTHING_CHANGED).hasNotPassed(ADD_PARTICIPANT);
		assertThat(unanswered).hasPassed(INVITATION_LAPSED).hasNotPassed(ADD_PARTICIPANT);
		assertThat(chats.participants(chat.id())).hasSize(2);
	}

	@Test
	void a_custodian_is_named_only_in_a_bvc_chat() {
		ChatChannel chat = chats.find(enrollments.enroll(rules.enrollment(anMvcEnrollment(LocalDate.of(2027, 5, 1)))).chatId()).orElseThrow();

		ApiProblem refused = catchThrowableOfType(ApiProblem.class,
				() -> participantRequests.request(chat, personnummer(FATHER), new EmailAddress(FATHER_MAIL), true));

		assertThat(refused.status().value()).isEqualTo(422);
		assertThat(refused.getMessage()).contains("I MVC-chatten bestämmer patienten själv");
	}

	@Test
	void a_relative_named_at_enrollment_who_is_not_a_custodian_waits_for_a_custodians_consent() {
		String chatId = enrollments.enroll(rules.enrollment(new EnrollmentRequest("BVC", BVC_UNIT, CHILD, null, null,
				List.of(new Guardian(MOTHER, MOTHER_MAIL, true), new Guardian(FATHER, FATHER_MAIL, false))))).chatId();

		assertThat(chats.participants(chatId)).extracting(p -> p.personnummer().formatted()).containsExactly(CHILD, MOTHER);
		ProcessInstance consent = runtimeService().createProcessInstanceQuery().processDefinitionKey(ChatConsentProcess.KEY)
			.processInstanceBusinessKey(chatId).singleResult();
		assertThat(consent).isWaitingAt(GIVE_CONSENT);
		assertThat(task(consent)).isAssignedTo(MOTHER_REFERENCE);
	}

	@Test
	void a_partner_who_is_not_a_custodian_joins_when_a_custodian_consents() throws Exception {
		ChatChannel chat = aBvcChatWithTheMotherOnly();

		ProcessInstance consent = askToJoin(chat, FATHER, FATHER_MAIL);

		assertThat(consent).isWaitingAt(GIVE_CONSENT, SEND_CONSENT_REQUEST).hasNotPassed(ACCEPT_INVITATION);
		assertThat(task(consent)).isAssignedTo(MOTHER_REFERENCE);
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
		assertThat(chats.participants(chat.id())).extracting(p -> p.personnummer().formatted() + " " + p.custodian())
			.containsExactly(CHILD + " false", MOTHER + " true", FATHER + " false");
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
				() -> participantRequests.request(chat, personnummer(MOTHER), new EmailAddress(MOTHER_MAIL), false));

		assertThat(refused.status().value()).isEqualTo(422);
		assertThat(runtimeService().createProcessInstanceQuery().processDefinitionKey(ChatConsentProcess.KEY).count())
			.isZero();
	}

	@Test
	void same_person_cannot_be_asked_for_twice_or_join_twice() {
		ChatChannel chat = aBvcChatWithTheMotherOnly();
		askToJoin(chat, FATHER, FATHER_MAIL);

		assertThat(catchThrowableOfType(ApiProblem.class,
				() -> participantRequests.request(chat, personnummer(FATHER), new EmailAddress(FATHER_MAIL), false)).status().value())
			.isEqualTo(409);
		assertThat(catchThrowableOfType(ApiProblem.class,
				() -> participantRequests.request(chat, personnummer(MOTHER), new EmailAddress(MOTHER_MAIL), false)).properties())
			.containsEntry("chatId", chat.id());
	}

	private ChatChannel aBvcChatWithTheMotherOnly() {
		String chatId = enrollments.enroll(rules.enrollment(new EnrollmentRequest("BVC", BVC_UNIT, CHILD, null, null,
				List.of(new Guardian(MOTHER, MOTHER_MAIL, true))))).chatId();
		return chats.find(chatId).orElseThrow();
	}

	private ProcessInstance askToJoin(ChatChannel chat, String personnummer, String email) {
		String instanceId = participantRequests.request(chat, personnummer(personnummer), new EmailAddress(email), false).processInstanceId();
		return runtimeService().createProcessInstanceQuery().processInstanceId(instanceId).singleResult();
	}

	private ProcessInstance custodianAsksToJoin(ChatChannel chat, String personnummer, String email) {
		String instanceId = participantRequests.request(chat, personnummer(personnummer), new EmailAddress(email), true).processInstanceId();
		return runtimeService().createProcessInstanceQuery().processInstanceId(instanceId).singleResult();
	}

	private static Personnummer personnummer(String text) {
		return Personnummer.parse(text, CareTime.today());
	}

}
