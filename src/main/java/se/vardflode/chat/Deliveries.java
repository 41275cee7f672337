package se.vardflode.chat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;

import org.camunda.bpm.engine.RuntimeService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.vardflode.api.ApiProblem;
import se.vardflode.identity.CareUnit;
import se.vardflode.kernel.Personnummer;
import se.vardflode.kernel.ProcessVariable;

/**
 * MVC → BVC handover (seed 000: MVC offers the chat at enrollment, BVC "erbjuder samma efter förlossningen"): the
 * registered delivery starts the child's BVC chat with those of the MVC chat's participants whom the staff confirm as
 * the child's custodians, and moves the MVC chat's closing to the postnatal visit. A partner is not the child's
 * custodian by being in the mother's chat (custody follows marriage or a decision, FB 6 kap.): one the staff do not
 * confirm is left out, and can be asked for later, with a custodian's consent. One transaction: all of it or nothing.
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
	 * @param custodians the personnummer of those in the MVC chat whom the staff confirm as the child's custodians (the
	 *        mother, and the partner only if he or she is one)
	 */
	record DeliveryRequest(@se.vardflode.kernel.constraints.Personnummer String childPersonnummer,
			@NotNull(message = "{chat.birthDate.missing}") LocalDate birthDate, String bvcUnitId,
			@NotEmpty(message = "{chat.custodians.missing}") List<@se.vardflode.kernel.constraints.Personnummer String> custodians) {
	}

	/** A checked delivery. */
	record Delivery(Personnummer child, LocalDate birthDate, CareUnit bvcUnit, List<Personnummer> custodians) {

		Delivery {
			custodians = List.copyOf(custodians);
		}

	}

	private static Supplier<ApiProblem> invalidCustodian(int index) {
		return () -> ApiProblem.invalidInput("custodians[" + index + "]", "chat.custodians.notInMvcChat");
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
		List<ChatParticipant> mvcParticipants = chats.participants(mvcChat.id());
		List<ChatParticipant> custodians = new ArrayList<>();
		for (int i = 0; i < delivery.custodians().size(); i++) {
			Personnummer confirmed = delivery.custodians().get(i);
			ChatParticipant participant = mvcParticipants.stream()
				.filter(p -> p.personnummer().equals(confirmed) && p.isReachable())
				.findFirst()
				.orElseThrow(invalidCustodian(i));
			if (custodians.stream().anyMatch(p -> p.personnummer().equals(confirmed))) {
				throw ApiProblem.invalidInput("custodians[" + i + "]", "chat.guardian.duplicate");
			}
			custodians.add(ChatParticipant.guardian(participant.personnummer(), participant.email(), true));
		}
		ChatEnrollments.Enrolled bvc = enrollments.enroll(new Enrollment(CareType.BVC, delivery.bvcUnit(), delivery.child(),
				null, null, custodians, List.of(), Optional.empty()));
		runtimeService.createMessageCorrelation(ChatProcess.DELIVERY_REGISTERED)
			.processInstanceId(mvcChat.processInstanceId())
			.setVariables(ProcessVariable.with(ChatProcess.BIRTH_DATE, delivery.birthDate().toString())
				.with(ChatProcess.BVC_CHAT_ID, bvc.chatId()).asMap())
			.correlate();
		log.info("MVC chat {} handed over to BVC chat {} with {} of its {} participants as custodians", mvcChat.id(),
				bvc.chatId(), custodians.size(), mvcParticipants.size());
		return new HandedOver(mvcChat.id(), bvc.chatId(), bvc.processInstanceId());
	}

}
