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
 * Someone asks to join an open chat (process chat-participant-consent). At BVC a custodian of the child joins on the
 * unit's word that she or he is one, and answers the invitation in her or his own login: each custodian has her or his
 * own right to the child's chat (FB 6 kap.), so no other custodian decides it. Anyone else (a partner who is not a
 * custodian, a grandparent) joins only if a custodian in the chat consents; at MVC the patient herself decides.
 */
@Service
class ParticipantRequests {

	static final String NOT_AT_UM = "participant-not-allowed-at-um";
	static final String ALREADY_PARTICIPANT = "already-participant";
	static final String ALREADY_REQUESTED = "participant-already-requested";
	static final String CUSTODIAN_ONLY_AT_BVC = "custodian-only-at-bvc";
	static final String NO_CUSTODIAN = "no-custodian-in-chat";

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
	Requested request(ChatChannel chat, Personnummer joining, EmailAddress email, boolean custodian) {
		if (chat.careType() == CareType.UM) {
			throw ApiProblem.ruleViolation(NOT_AT_UM, "Ingen ny deltagare i UM-chatten",
					"Ungdomsmottagningens chatt är bara för den unga patienten. Ingen annan kan läggas till.");
		}
		if (custodian && chat.careType() != CareType.BVC) {
			throw ApiProblem.ruleViolation(CUSTODIAN_ONLY_AT_BVC, "Vårdnadshavare finns bara i barnets chatt",
					"Vårdnadshavare läggs till i barnets chatt på BVC. I MVC-chatten bestämmer patienten själv vem som får vara med.");
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
		ChatParticipant consenting = custodian ? ChatParticipant.guardian(joining, email, true) : consenting(chat, participants);
		ProcessInstance instance = runtimeService.startProcessInstanceByKey(ChatConsentProcess.KEY, chat.id(), ProcessVariable
			.with(ChatConsentProcess.CHAT_ID, chat.id())
			.with(ChatConsentProcess.PATIENT_REFERENCE, PatientAssignee.of(chat.patient()))
			.with(ChatConsentProcess.UNIT_ID, chat.unitId())
			.with(ChatConsentProcess.NEW_PARTICIPANT_PERSONNUMMER, joining.value())
			.with(ChatConsentProcess.NEW_PARTICIPANT_EMAIL, email.value())
			.with(ChatConsentProcess.NEW_PARTICIPANT_CUSTODIAN, custodian)
			.with(ChatConsentProcess.CONSENTING_PATIENT_REFERENCE, consenting.patientReference())
			.with(ChatConsentProcess.CONSENTING_EMAIL, consenting.email().value())
			.with(ChatConsentProcess.CONSENT_ANSWER_PERIOD, settings.consentAnswerPeriod().toString())
			.asMap());
		log.info("Chat {}: a new participant asked to join ({}), consent process {}", chat.id(),
				custodian ? "a custodian, on the unit's word" : "with consent", instance.getId());
		return new Requested(chat.id(), instance.getId());
	}

	/** BVC: the first custodian in the chat (the child cannot consent); MVC: the patient. */
	private static ChatParticipant consenting(ChatChannel chat, List<ChatParticipant> participants) {
		if (chat.careType() == CareType.BVC) {
			return participants.stream()
				.filter(p -> p.role() == Role.GUARDIAN && p.custodian() && p.isReachable())
				.findFirst()
				.orElseThrow(() -> ApiProblem.ruleViolation(NO_CUSTODIAN, "Ingen vårdnadshavare i chatten",
						"Bara en vårdnadshavare kan samtycka till att någon annan är med i barnets chatt, och ingen "
								+ "vårdnadshavare är med i den. Lägg först till en vårdnadshavare."));
		}
		return participants.stream()
			.filter(p -> p.role() == Role.PATIENT && p.isReachable())
			.findFirst()
			.orElseThrow(() -> new IllegalStateException("Chat " + chat.id() + " has no reachable patient"));
	}

}
