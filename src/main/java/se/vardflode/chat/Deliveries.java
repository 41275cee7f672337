package se.vardflode.chat;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.vardflode.api.ApiProblem;
import se.vardflode.chat.ChatParticipant.Role;
import se.vardflode.identity.CareUnits;
import se.vardflode.patient.Personnummer;

/**
 * MVC → BVC handover (seed 000: MVC offers the chat at enrollment, BVC "erbjuder samma efter förlossningen"): the
 * registered delivery starts the child's BVC chat with the mother and, if she had one in the chat, her partner as
 * guardians, and moves the MVC chat's closing to the postnatal visit. One transaction: all of it or nothing.
 */
@Service
class Deliveries {

	static final String DELIVERY_MESSAGE = "deliveryRegistered";
	static final String NOT_MVC = "not-an-mvc-chat";
	static final String ALREADY_DELIVERED = "delivery-already-registered";

	private static final Logger log = LoggerFactory.getLogger(Deliveries.class);

	private final ChatChannels chats;
	private final ChatEnrollments enrollments;
	private final RuntimeService runtimeService;
	private final CareUnits careUnits;

	Deliveries(ChatChannels chats, ChatEnrollments enrollments, RuntimeService runtimeService, CareUnits careUnits) {
		this.chats = chats;
		this.enrollments = enrollments;
		this.runtimeService = runtimeService;
		this.careUnits = careUnits;
	}

	/**
	 * @param childPersonnummer the newborn's personnummer
	 * @param birthDate the day of birth (must match the personnummer)
	 * @param bvcUnitId the BVC that takes over the child
	 */
	record DeliveryRequest(String childPersonnummer, LocalDate birthDate, String bvcUnitId) {
	}

	record HandedOver(String mvcChatId, String bvcChatId, String bvcProcessInstanceId) {
	}

	@Transactional
	HandedOver registerDelivery(ChatChannel mvcChat, DeliveryRequest request) {
		LocalDate today = LocalDate.ofInstant(ClockUtil.getCurrentTime().toInstant(), ChatPeriod.SWEDEN);
		Map<String, String> errors = new LinkedHashMap<>();
		Personnummer child = Personnummer.parse(request.childPersonnummer(), today, "childPersonnummer", errors);
		if (request.birthDate() == null) {
			errors.put("birthDate", "Födelsedatum saknas");
		}
		else if (request.birthDate().isAfter(today)) {
			errors.put("birthDate", "Födelsedatumet ligger i framtiden");
		}
		else if (child != null && !child.birthDate().equals(request.birthDate())) {
			errors.put("birthDate", "Födelsedatumet stämmer inte med barnets personnummer");
		}
		if (request.bvcUnitId() == null || careUnits.find(request.bvcUnitId()).isEmpty()) {
			errors.put("bvcUnitId", "BVC-enheten finns inte");
		}
		else if (!careUnits.get(request.bvcUnitId()).offers(CareType.BVC.name())) {
			errors.put("bvcUnitId", careUnits.get(request.bvcUnitId()).name() + " är inte en BVC");
		}
		if (!errors.isEmpty()) {
			throw ApiProblem.invalidInput(errors);
		}
		if (mvcChat.careType() != CareType.MVC) {
			throw ApiProblem.ruleViolation(NOT_MVC, "Inte en MVC-chatt", "Förlossning registreras bara i en chatt på MVC.");
		}
		if (mvcChat.isClosed()) {
			throw ApiProblem.conflict(ChatEnrollments.CHAT_CLOSED, "Chatten är stängd", "Chatten är redan stängd.",
					Map.of("chatId", mvcChat.id()));
		}
		if (runtimeService.getVariable(mvcChat.processInstanceId(), ChatVariables.BIRTH_DATE) != null) {
			throw ApiProblem.conflict(ALREADY_DELIVERED, "Förlossningen är redan registrerad",
					"Förlossningen är redan registrerad för den här chatten.", Map.of("chatId", mvcChat.id()));
		}
		List<EnrollmentRequest.Guardian> guardians = chats.participants(mvcChat.id()).stream()
			.filter(p -> p.email() != null && (p.role() == Role.PATIENT || p.role() == Role.GUARDIAN))
			.map(p -> new EnrollmentRequest.Guardian(p.personnummer().formatted(), p.email()))
			.toList();
		ChatEnrollments.Enrolled bvc = enrollments.enroll(
				new EnrollmentRequest(CareType.BVC.name(), request.bvcUnitId(), child.formatted(), null, null, guardians));
		runtimeService.createMessageCorrelation(DELIVERY_MESSAGE)
			.processInstanceId(mvcChat.processInstanceId())
			.setVariable(ChatVariables.BIRTH_DATE, request.birthDate().toString())
			.setVariable(ChatVariables.BVC_CHAT_ID, bvc.chatId())
			.correlate();
		log.info("MVC chat {} handed over to BVC chat {}", mvcChat.id(), bvc.chatId());
		return new HandedOver(mvcChat.id(), bvc.chatId(), bvc.processInstanceId());
	}

}
