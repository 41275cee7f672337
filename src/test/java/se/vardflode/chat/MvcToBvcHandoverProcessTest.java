package se.vardflode.chat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static se.vardflode.chat.ChatFixtures.BVC_UNIT;
import static se.vardflode.chat.ChatFixtures.FATHER;
import static se.vardflode.chat.ChatFixtures.FATHER_MAIL;
import static se.vardflode.chat.ChatFixtures.MOTHER;
import static se.vardflode.chat.ChatFixtures.aBvcEnrollment;
import static se.vardflode.chat.ChatFixtures.anMvcEnrollment;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.Map;

import com.icegreen.greenmail.junit5.GreenMailExtension;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.jdbc.core.simple.JdbcClient;

import se.vardflode.api.ApiProblem;
import se.vardflode.chat.ChatChannel.ClosedBy;
import se.vardflode.chat.ChatChannel.Status;
import se.vardflode.chat.Deliveries.DeliveryRequest;
import se.vardflode.notification.TestSmtp;
import se.vardflode.patient.Personnummer;

/** MVC → BVC: the registered delivery starts the child's BVC chat and closes the MVC chat after the postnatal visit. */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class MvcToBvcHandoverProcessTest {

	/** Born 2027-04-20. */
	static final String NEWBORN = "20270420-1231";
	static final LocalDate BIRTH = LocalDate.of(2027, 4, 20);

	@RegisterExtension
	static GreenMailExtension smtp = TestSmtp.extension();

	@Autowired
	ProcessEngine engine;
	@Autowired
	RuntimeService runtimeService;
	@Autowired
	ManagementService managementService;
	@Autowired
	ChatEnrollments enrollments;
	@Autowired
	Deliveries deliveries;
	@Autowired
	ChatChannels chats;
	@Autowired
	JdbcClient jdbc;

	@BeforeEach
	void setUp() {
		AbstractAssertions.init(engine);
		ClockUtil.setCurrentTime(Date.from(Instant.parse("2026-11-23T09:00:00Z")));
	}

	@AfterEach
	void cleanUp() {
		ClockUtil.reset();
		ChatTestData.deleteAll(runtimeService, jdbc);
	}

	@Test
	void delivery_starts_the_childs_bvc_chat_and_the_mvc_chat_closes_twelve_weeks_later() {
		ChatChannel mvc = anMvcChatWithThePartner();
		ClockUtil.setCurrentTime(Date.from(Instant.parse("2027-04-21T08:00:00Z")));

		Deliveries.HandedOver handedOver = deliveries.registerDelivery(mvc, new DeliveryRequest(NEWBORN, BIRTH, BVC_UNIT));

		ChatChannel bvc = chats.find(handedOver.bvcChatId()).orElseThrow();
		assertThat(bvc.careType()).isEqualTo(CareType.BVC);
		assertThat(bvc.unitId()).isEqualTo(BVC_UNIT);
		assertThat(bvc.status()).isEqualTo(Status.OPEN);
		assertThat(bvc.patient().formatted()).isEqualTo(NEWBORN);
		assertThat(chats.participants(bvc.id())).extracting(p -> p.role() + " " + p.personnummer().formatted())
			.containsExactly("PATIENT " + NEWBORN, "GUARDIAN " + MOTHER, "GUARDIAN " + FATHER);
		// 2027-04-20 + 12 weeks = 2027-07-13, open through that day (Swedish summer time)
		assertThat(chats.find(mvc.id()).orElseThrow().expiresAt()).isEqualTo("2027-07-13T22:00:00Z");
		ProcessInstance mvcProcess = instance(mvc);
		assertThat(mvcProcess).hasPassed("deliveryRegistered", "closeAfterPostnatalVisit").isWaitingAt("chatExpires");

		ClockUtil.setCurrentTime(Date.from(Instant.parse("2027-07-13T22:00:01Z")));
		execute(managementService.createJobQuery().processInstanceId(mvcProcess.getId()).activityId("chatExpires")
			.singleResult());

		assertThat(chats.find(mvc.id()).orElseThrow().closedBy()).isEqualTo(ClosedBy.EXPIRED);
		assertThat(chats.find(bvc.id()).orElseThrow().status()).isEqualTo(Status.OPEN);
	}

	@Test
	void birth_date_that_does_not_match_the_personnummer_is_refused_and_nothing_changes() {
		ChatChannel mvc = anMvcChatWithThePartner();
		ClockUtil.setCurrentTime(Date.from(Instant.parse("2027-04-21T08:00:00Z")));
		long chatsBefore = countChats();

		ApiProblem refused = catchThrowableOfType(ApiProblem.class,
				() -> deliveries.registerDelivery(mvc, new DeliveryRequest(NEWBORN, BIRTH.minusDays(1), BVC_UNIT)));

		assertThat(refused.status().value()).isEqualTo(400);
		assertThat(refused.properties()).containsEntry("errors",
				Map.of("birthDate", "Födelsedatumet stämmer inte med barnets personnummer"));
		assertThat(countChats()).isEqualTo(chatsBefore);
		assertThat(chats.find(mvc.id()).orElseThrow().expiresAt()).isEqualTo("2027-07-24T22:00:00Z");
	}

	@Test
	void delivery_is_registered_once_and_only_in_an_mvc_chat() {
		ChatChannel mvc = anMvcChatWithThePartner();
		ChatChannel bvc = chats.find(enrollments.enroll(aBvcEnrollment()).chatId()).orElseThrow();
		ClockUtil.setCurrentTime(Date.from(Instant.parse("2027-04-21T08:00:00Z")));
		deliveries.registerDelivery(mvc, new DeliveryRequest(NEWBORN, BIRTH, BVC_UNIT));

		ApiProblem again = catchThrowableOfType(ApiProblem.class,
				() -> deliveries.registerDelivery(mvc, new DeliveryRequest(NEWBORN, BIRTH, BVC_UNIT)));
		ApiProblem notMvc = catchThrowableOfType(ApiProblem.class,
				() -> deliveries.registerDelivery(bvc, new DeliveryRequest(NEWBORN, BIRTH, BVC_UNIT)));

		assertThat(again.status().value()).isEqualTo(409);
		assertThat(notMvc.status().value()).isEqualTo(422);
	}

	private ChatChannel anMvcChatWithThePartner() {
		String chatId = enrollments.enroll(anMvcEnrollment(LocalDate.of(2027, 5, 1))).chatId();
		// as if the partner had joined with her consent (chat-participant-consent, tested on its own)
		chats.addParticipant(chatId, new ChatParticipant(ChatParticipant.Role.GUARDIAN,
				Personnummer.parse(FATHER, LocalDate.of(2026, 11, 23)), FATHER_MAIL), Instant.parse("2026-12-01T09:00:00Z"));
		return chats.find(chatId).orElseThrow();
	}

	private ProcessInstance instance(ChatChannel chat) {
		return runtimeService.createProcessInstanceQuery().processInstanceId(chat.processInstanceId()).singleResult();
	}

	private long countChats() {
		return jdbc.sql("select count(*) from chat_channel").query(Long.class).single();
	}

}
