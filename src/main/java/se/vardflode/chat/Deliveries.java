package se.vardflode.chat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.validation.constraints.NotNull;

import org.camunda.bpm.engine.RuntimeService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.vardflode.api.ApiProblem;
import se.vardflode.chat.ChatParticipant.Role;
import se.vardflode.identity.CareUnit;
import se.vardflode.kernel.Personnummer;
import se.vardflode.kernel.ProcessVariable;

/**
 * MVC → BVC handover (seed 000: MVC offers the chat at enrollment, BVC "erbjuder samma efter förlossningen"): the
 * registered delivery starts the child's BVC chat with the mother and, if she had one in the chat, her partner as
 * guardians, and moves the MVC chat's closing to the postnatal visit. One transaction: all of it or nothing.
 */
@Service
class Deliveries {

	static final String NOT_MVC = "not-an-mvc-chat";
	static final String ALREADY_DELIVERED = "delivery-already-registered";

	private static final Logger log = LoggerFactory.getLogger(Deliveries.class);

	private final ChatChannels chats;
	private final ChatEnrollments enrollments;
	private final RuntimeService runtimeService;

	Deliveries(ChatChannels chats, ChatEnrollments enrollments, RuntimeService runtimeService) {
		this.chats = chats;
		this.enrollments = enrollments;
		this.runtimeService = runtimeService;
	}

	/**
	 * The body of {@code POST /api/chats/{id}/delivery}; {@link ChatRules} checks the birth date against the
	 * personnummer and the unit against the configured BVCs.
	 *
	 * @param childPersonnummer the newborn's personnummer
	 * @param birthDate the day of birth (must match the personnummer)
	 * @param bvcUnitId the BVC that takes over the child
	 */
	record DeliveryRequest(@se.vardflode.kernel.constraints.Personnummer String childPersonnummer,
			@NotNull(message = "{chat.birthDate.missing}") LocalDate birthDate, String bvcUnitId) {
	}

	/** A checked delivery. */
	record Delivery(Personnummer child, LocalDate birthDate, CareUnit bvcUnit) {
	}

	record HandedOver(String mvcChatId, String bvcChatId, String bvcProcessInstanceId) {
	}

	@Transactional
	HandedOver registerDelivery(ChatChannel mvcChat, Delivery delivery) {
		if (mvcChat.careType() != CareType.MVC) {
			throw ApiProblem.ruleViolation(NOT_MVC, "Inte en MVC-chatt", "Förlossning registreras bara i en chatt på MVC.");
		}
		if (mvcChat.isClosed()) {
			throw ChatEnrollments.closed(mvcChat);
		}
		if (runtimeService.getVariable(mvcChat.processInstanceId(), ChatProcess.BIRTH_DATE.name()) != null) {
			throw ApiProblem.conflict(ALREADY_DELIVERED, "Förlossningen är redan registrerad",
					"Förlossningen är redan registrerad för den här chatten.", Map.of("chatId", mvcChat.id()));
		}
		// the mother (the MVC patient) and a partner who joined her chat become the child's guardians
		List<ChatParticipant> guardians = chats.participants(mvcChat.id()).stream()
			.filter(ChatParticipant::isReachable)
			.map(p -> new ChatParticipant(Role.GUARDIAN, p.personnummer(), p.email()))
			.toList();
		ChatEnrollments.Enrolled bvc = enrollments.enroll(
				new Enrollment(CareType.BVC, delivery.bvcUnit(), delivery.child(), null, null, guardians, Optional.empty()));
		runtimeService.createMessageCorrelation(ChatProcess.DELIVERY_REGISTERED)
			.processInstanceId(mvcChat.processInstanceId())
			.setVariables(ProcessVariable.with(ChatProcess.BIRTH_DATE, delivery.birthDate().toString())
				.with(ChatProcess.BVC_CHAT_ID, bvc.chatId()).asMap())
			.correlate();
		log.info("MVC chat {} handed over to BVC chat {}", mvcChat.id(), bvc.chatId());
		return new HandedOver(mvcChat.id(), bvc.chatId(), bvc.processInstanceId());
	}

}
