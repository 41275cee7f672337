package se.vardflode.chat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static se.vardflode.chat.ChatFixtures.BVC_UNIT;
import static se.vardflode.chat.ChatFixtures.FATHER;
import static se.vardflode.chat.ChatFixtures.FATHER_MAIL;
import static se.vardflode.chat.ChatFixtures.MOTHER;
import static se.vardflode.chat.ChatFixtures.aBvcEnrollment;
import static se.vardflode.chat.ChatFixtures.anMvcEnrollment;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import org.springframework.http.HttpMethod;
import org.springframework.http.HttpEntity;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.ResponseEntity;
import se.vardflode.EngineClock;
import se.vardflode.Jobs;
import se.vardflode.VardflodeTest;
import se.vardflode.api.ApiProblem;
import se.vardflode.chat.ChatChannel.ClosedBy;
import se.vardflode.chat.ChatChannel.Status;
import se.vardflode.identity.CareUnits;
import se.vardflode.kernel.CareTime;
import se.vardflode.kernel.EmailAddress;
import se.vardflode.kernel.Personnummer;

/**
 * MVC → BVC: the registered delivery starts the child's BVC chat with the MVC participants the staff confirm as the
 * child's custodians, and closes the MVC chat after the postnatal visit.
 */
@VardflodeTest
class MvcToBvcHandoverProcessTest {

	/** Born 2027-04-20. */
	static final String NEWBORN = "20270420-1231";
	static final LocalDate BIRTH = LocalDate.of(2027, 4, 20);

	@Autowired
	ChatEnrollments enrollments;
	@Autowired
	ChatRules rules;
	@Autowired
	Deliveries deliveries;
	@Autowired
	ChatChannels chats;
	@Autowired
	JdbcClient jdbc;
	@Autowired
	CareUnits careUnits;
	@Autowired
	TestRestTemplate http;
	@Autowired
	ParticipantRequests participantRequests;

	@BeforeEach
	void setUp() {
		EngineClock.setTo(Instant.parse("2026-11-23T09:00:00Z"));
	}

	@Test
	void delivery_starts_the_childs_bvc_chat_and_the_mvc_chat_closes_twelve_weeks_later() {
		ChatChannel mvc = anMvcChatWithThePartner();
		EngineClock.setTo(Instant.parse("2027-04-21T08:00:00Z"));

		Deliveries.HandedOver handedOver = deliveries.registerDelivery(mvc, delivery(NEWBORN, BIRTH, BVC_UNIT, MOTHER, FATHER));

		ChatChannel bvc = chats.find(handedOver.bvcChatId()).orElseThrow();
		assertThat(bvc.careType()).isEqualTo(CareType.BVC);
		assertThat(bvc.unitId()).isEqualTo(BVC_UNIT);
		assertThat(bvc.status()).isEqualTo(Status.OPEN);
		assertThat(bvc.patient().formatted()).isEqualTo(NEWBORN);
		assertThat(chats.participants(bvc.id())).extracting(p -> p.role() + " " + p.personnummer().formatted() + " " + p.custodian())
			.containsExactly("PATIENT " + NEWBORN + " false", "GUARDIAN " + MOTHER + " true", "GUARDIAN " + FATHER + " true");
		assertThat(runtimeService().createProcessInstanceQuery().processInstanceId(handedOver.bvcProcessInstanceId()).singleResult())
			.isWaitingAt(ChatProcess.SEND_WELCOME_MAIL);
		// 2027-04-20 + 12 weeks = 2027-07-13, open through that day (Swedish summer time)
		assertThat(chats.find(mvc.id()).orElseThrow().expiresAt()).isEqualTo("2027-07-13T22:00:00Z");
		ProcessInstance mvcProcess = instance(mvc);
		// open again until the new closing time, without a second welcome: the reminder two weeks before it
		assertThat(mvcProcess).hasPassed("deliveryRegistered", "closeAfterPostnatalVisit").isWaitingAt(ChatProcess.REMINDER_DUE)
			.isNotWaitingAt(ChatProcess.SEND_WELCOME_MAIL);
		assertThat(managementService().createJobQuery().processInstanceId(mvcProcess.getId()).activityId(ChatProcess.REMINDER_DUE)
			.singleResult().getDuedate()).isEqualTo(java.util.Date.from(Instant.parse("2027-06-29T22:00:00Z")));

		EngineClock.setTo(Instant.parse("2027-07-13T22:00:01Z"));
		execute(managementService().createJobQuery().processInstanceId(mvcProcess.getId()).activityId(ChatProcess.REMINDER_DUE)
			.singleResult());
		execute(managementService().createJobQuery().processInstanceId(mvcProcess.getId()).activityId(ChatProcess.CHAT_EXPIRES)
			.singleResult());

		assertThat(chats.find(mvc.id()).orElseThrow().closedBy()).isEqualTo(ClosedBy.EXPIRED);
		assertThat(chats.find(bvc.id()).orElseThrow().status()).isEqualTo(Status.OPEN);
	}

	@Test
	void a_partner_the_staff_do_not_confirm_as_custodian_stays_out_of_the_childs_chat_until_the_mother_consents() {
		ChatChannel mvc = anMvcChatWithThePartner();
		EngineClock.setTo(Instant.parse("2027-04-21T08:00:00Z"));

		ChatChannel bvc = chats.find(deliveries.registerDelivery(mvc, delivery(NEWBORN, BIRTH, BVC_UNIT, MOTHER)).bvcChatId())
			.orElseThrow();

		assertThat(chats.participants(bvc.id())).extracting(p -> p.role() + " " + p.personnummer().formatted() + " " + p.custodian())
			.containsExactly("PATIENT " + NEWBORN + " false", "GUARDIAN " + MOTHER + " true");
		// asked for later as someone who is not a custodian: the mother, the child's custodian, decides
		String consentId = participantRequests.request(bvc, Personnummer.parse(FATHER, CareTime.today()),
				new EmailAddress(FATHER_MAIL), false).processInstanceId();
		ProcessInstance consent = runtimeService().createProcessInstanceQuery().processInstanceId(consentId).singleResult();
		assertThat(consent).isWaitingAt(ChatConsentProcess.GIVE_CONSENT);
		assertThat(task(consent)).isAssignedTo("patient:199003151231");
		complete(task(consent), Map.of("consent", "yes"));
		assertThat(chats.participants(bvc.id())).extracting(p -> p.personnummer().formatted() + " " + p.custodian())
			.containsExactly(NEWBORN + " false", MOTHER + " true", FATHER + " false");
	}

	@Test
	void a_custodian_who_is_not_in_the_mvc_chat_is_refused_and_nothing_changes() {
		ChatChannel mvc = anMvcChatWithThePartner();
		EngineClock.setTo(Instant.parse("2027-04-21T08:00:00Z"));
		long chatsBefore = countChats();

		ResponseEntity<Map<String, Object>> refused = http.withBasicAuth("mvc.maria", "demo").exchange("/api/chats/" + mvc.id() + "/delivery",
				HttpMethod.POST, new HttpEntity<>(Map.of("childPersonnummer", NEWBORN, "birthDate", BIRTH.toString(),
						"bvcUnitId", BVC_UNIT, "custodians", java.util.List.of(MOTHER, "19121212-1212"))), new ParameterizedTypeReference<>() {
				});
		ResponseEntity<Map<String, Object>> unconfirmed = http.withBasicAuth("mvc.maria", "demo").exchange("/api/chats/" + mvc.id() + "/delivery",
				HttpMethod.POST, new HttpEntity<>(Map.of("childPersonnummer", NEWBORN, "birthDate", BIRTH.toString(),
						"bvcUnitId", BVC_UNIT)), new ParameterizedTypeReference<>() {
				});

		assertThat(refused.getStatusCode().value()).isEqualTo(400);
		assertThat(refused.getBody()).containsEntry("errors", Map.of("custodians[1]", "Personen är inte med i MVC-chatten"));
		assertThat(unconfirmed.getBody()).containsEntry("errors", Map.of("custodians", "Ange vilka i MVC-chatten som är barnets vårdnadshavare"));
		assertThat(countChats()).isEqualTo(chatsBefore);
		assertThat(instance(mvc)).isWaitingAt(ChatProcess.REMINDER_DUE).hasNotPassed(ChatProcess.CLOSE_AFTER_POSTNATAL_VISIT);
	}

	@Test
	void birth_date_that_does_not_match_the_personnummer_is_refused_and_nothing_changes() {
		ChatChannel mvc = anMvcChatWithThePartner();
		EngineClock.setTo(Instant.parse("2027-04-21T08:00:00Z"));
		long chatsBefore = countChats();

		ResponseEntity<Map<String, Object>> refused = http.withBasicAuth("mvc.maria", "demo").exchange("/api/chats/" + mvc.id() + "/delivery",
				HttpMethod.POST, new HttpEntity<>(Map.of("childPersonnummer", NEWBORN, "birthDate", BIRTH.minusDays(1).toString(),
						"bvcUnitId", BVC_UNIT, "custodians", java.util.List.of(MOTHER))), new ParameterizedTypeReference<>() {
				});

		assertThat(refused.getStatusCode().value()).isEqualTo(400);
		assertThat(refused.getBody()).containsEntry("errors", Map.of("birthDate", "Födelsedatumet stämmer inte med barnets personnummer"));
		assertThat(countChats()).isEqualTo(chatsBefore);
		assertThat(chats.find(mvc.id()).orElseThrow().expiresAt()).isEqualTo("2027-07-24T22:00:00Z");
	}

	@Test
	void delivery_is_registered_once_and_only_in_an_mvc_chat() {
		ChatChannel mvc = anMvcChatWithThePartner();
		ChatChannel bvc = chats.find(enrollments.enroll(rules.enrollment(aBvcEnrollment())).chatId()).orElseThrow();
		EngineClock.setTo(Instant.parse("2027-04-21T08:00:00Z"));
		deliveries.registerDelivery(mvc, delivery(NEWBORN, BIRTH, BVC_UNIT, MOTHER));

		ApiProblem again = catchThrowableOfType(ApiProblem.class,
				() -> deliveries.registerDelivery(mvc, delivery(NEWBORN, BIRTH, BVC_UNIT, MOTHER)));
		ApiProblem notMvc = catchThrowableOfType(ApiProblem.class,
				() -> deliveries.registerDelivery(bvc, delivery(NEWBORN, BIRTH, BVC_UNIT, MOTHER)));

		assertThat(again.status().value()).isEqualTo(409);
		assertThat(notMvc.status().value()).isEqualTo(422);
	}

	/** The delivery as the midwife registers it, confirming which of the MVC chat's participants are custodians. */
	private Deliveries.Delivery delivery(String child, LocalDate birthDate, String bvcUnitId, String... custodians) {
		return new Deliveries.Delivery(Personnummer.parse(child, CareTime.today()), birthDate, careUnits.get(bvcUnitId),
				java.util.Arrays.stream(custodians).map(custodian -> Personnummer.parse(custodian, CareTime.today())).toList());
	}

	private ChatChannel anMvcChatWithThePartner() {
		ChatEnrollments.Enrolled enrolled = enrollments.enroll(rules.enrollment(anMvcEnrollment(LocalDate.of(2027, 5, 1))));
		String chatId = enrolled.chatId();
		// the mother has been welcomed
		Jobs.runAsyncContinuations(enrolled.processInstanceId());
		// as if the partner had joined with her consent (chat-participant-consent, tested on its own)
		chats.addParticipant(chatId, ChatParticipant.guardian(Personnummer.parse(FATHER, LocalDate.of(2026, 11, 23)),
				new EmailAddress(FATHER_MAIL), false), Instant.parse("2026-12-01T09:00:00Z"));
		return chats.find(chatId).orElseThrow();
	}

	private ProcessInstance instance(ChatChannel chat) {
		return runtimeService().createProcessInstanceQuery().processInstanceId(chat.processInstanceId()).singleResult();
	}

	private long countChats() {
		return jdbc.sql("select count(*) from chat_channel").query(Long.class).single();
	}

}
