package se.vardflode.chat;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.vardflode.api.ApiProblem;
import se.vardflode.chat.ChatParticipant.Role;
import se.vardflode.kernel.EmailAddress;
import se.vardflode.kernel.PatientAssignee;
import se.vardflode.kernel.Personnummer;
import se.vardflode.kernel.ProcessVariable;

/**
 * A second guardian (BVC) or the partner (MVC) asks to join an open chat: the one already in it decides (process
 * chat-participant-consent). For BVC the guardian who was enrolled first answers, for MVC the patient herself.
 */
@Service
class ParticipantRequests {

	static final String NOT_AT_UM = "participant-not-allowed-at-um";
	static final String ALREADY_PARTICIPANT = "already-participant";
	static final String ALREADY_REQUESTED = "participant-already-requested";

	private static final Logger log = LoggerFactory.getLogger(ParticipantRequests.class);

	private final ChatChannels chats;
	private final RuntimeService runtimeService;
	private final ChatSettings settings;

	ParticipantRequests(ChatChannels chats, RuntimeService runtimeService, ChatSettings settings) {
		this.chats = chats;
		this.runtimeService = runtimeService;
		this.settings = settings;
	}

	record Requested(String chatId, String processInstanceId) {
	}

	@Transactional
	Requested request(ChatChannel chat, Personnummer joining, EmailAddress email) {
		if (chat.careType() == CareType.UM) {
			throw ApiProblem.ruleViolation(NOT_AT_UM, "Ingen ny deltagare i UM-chatten",
					"Ungdomsmottagningens chatt är bara för den unga patienten. Ingen annan kan läggas till.");
		}
		if (chat.isClosed()) {
			throw ChatEnrollments.closed(chat);
		}
		List<ChatParticipant> participants = chats.participants(chat.id());
		if (participants.stream().anyMatch(p -> p.personnummer().equals(joining))) {
			throw ApiProblem.conflict(ALREADY_PARTICIPANT, "Redan med i chatten", "Personen är redan med i chatten.",
					Map.of("chatId", chat.id()));
		}
		if (runtimeService.createProcessInstanceQuery().processDefinitionKey(ChatConsentProcess.KEY)
			.processInstanceBusinessKey(chat.id())
			.variableValueEquals(ChatConsentProcess.NEW_PARTICIPANT_PERSONNUMMER.name(), joining.value())
			.count() > 0) {
			throw ApiProblem.conflict(ALREADY_REQUESTED, "Förfrågan finns redan",
					"Det finns redan en obesvarad förfrågan om att personen ska vara med i chatten.", Map.of("chatId", chat.id()));
		}
		ChatParticipant consenting = consenting(chat, participants);
		ProcessInstance instance = runtimeService.startProcessInstanceByKey(ChatConsentProcess.KEY, chat.id(), ProcessVariable
			.with(ChatConsentProcess.CHAT_ID, chat.id())
			.with(ChatConsentProcess.PATIENT_REFERENCE, PatientAssignee.of(chat.patient()))
			.with(ChatConsentProcess.UNIT_ID, chat.unitId())
			.with(ChatConsentProcess.NEW_PARTICIPANT_PERSONNUMMER, joining.value())
			.with(ChatConsentProcess.NEW_PARTICIPANT_EMAIL, email.value())
			.with(ChatConsentProcess.CONSENTING_PATIENT_REFERENCE, consenting.patientReference())
			.with(ChatConsentProcess.CONSENTING_EMAIL, consenting.email().value())
			.with(ChatConsentProcess.CONSENT_ANSWER_PERIOD, settings.consentAnswerPeriod().toString())
			.asMap());
		log.info("Chat {}: a new participant asked to join, consent process {}", chat.id(), instance.getId());
		return new Requested(chat.id(), instance.getId());
	}

	/** BVC: the first guardian (the child cannot consent); MVC: the patient. */
	private static ChatParticipant consenting(ChatChannel chat, List<ChatParticipant> participants) {
		Role role = chat.careType() == CareType.BVC ? Role.GUARDIAN : Role.PATIENT;
		return participants.stream()
			.filter(p -> p.role() == role && p.isReachable())
			.findFirst()
			.orElseThrow(() -> new IllegalStateException("Chat " + chat.id() + " has nobody who can consent"));
	}

}
