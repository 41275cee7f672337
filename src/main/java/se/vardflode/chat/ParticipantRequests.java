package se.vardflode.chat;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.variable.Variables;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.vardflode.api.ApiProblem;
import se.vardflode.chat.ChatParticipant.Role;
import se.vardflode.patient.PatientAssignee;
import se.vardflode.patient.Personnummer;

/**
 * A second guardian (BVC) or the partner (MVC) asks to join an open chat: the one already in it decides (process
 * chat-participant-consent). For BVC the guardian who was enrolled first answers, for MVC the patient herself.
 */
@Service
class ParticipantRequests {

	static final String PROCESS_KEY = "chat-participant-consent";
	static final String NOT_AT_UM = "participant-not-allowed-at-um";
	static final String ALREADY_PARTICIPANT = "already-participant";
	static final String ALREADY_REQUESTED = "participant-already-requested";
	private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

	private static final Logger log = LoggerFactory.getLogger(ParticipantRequests.class);

	private final ChatChannels chats;
	private final RuntimeService runtimeService;

	ParticipantRequests(ChatChannels chats, RuntimeService runtimeService) {
		this.chats = chats;
		this.runtimeService = runtimeService;
	}

	record ParticipantRequest(String personnummer, String email) {
	}

	record Requested(String chatId, String processInstanceId) {
	}

	@Transactional
	Requested request(ChatChannel chat, ParticipantRequest request) {
		LocalDate today = LocalDate.ofInstant(ClockUtil.getCurrentTime().toInstant(), ChatPeriod.SWEDEN);
		Map<String, String> errors = new LinkedHashMap<>();
		Personnummer personnummer = Personnummer.parse(request.personnummer(), today, "personnummer", errors);
		if (request.email() == null || !EMAIL.matcher(request.email().strip()).matches()) {
			errors.put("email", request.email() == null || request.email().isBlank() ? "E-postadress saknas"
					: "E-postadressen är inte giltig");
		}
		if (!errors.isEmpty()) {
			throw ApiProblem.invalidInput(errors);
		}
		if (chat.careType() == CareType.UM) {
			throw ApiProblem.ruleViolation(NOT_AT_UM, "Ingen ny deltagare i UM-chatten",
					"Ungdomsmottagningens chatt är bara för den unga patienten. Ingen annan kan läggas till.");
		}
		if (chat.isClosed()) {
			throw ApiProblem.conflict(ChatEnrollments.CHAT_CLOSED, "Chatten är stängd", "Chatten är redan stängd.",
					Map.of("chatId", chat.id()));
		}
		List<ChatParticipant> participants = chats.participants(chat.id());
		Personnummer joining = personnummer;
		if (participants.stream().anyMatch(p -> p.personnummer().equals(joining))) {
			throw ApiProblem.conflict(ALREADY_PARTICIPANT, "Redan med i chatten", "Personen är redan med i chatten.",
					Map.of("chatId", chat.id()));
		}
		if (runtimeService.createProcessInstanceQuery().processDefinitionKey(PROCESS_KEY)
			.processInstanceBusinessKey(chat.id())
			.variableValueEquals(ChatVariables.NEW_PARTICIPANT_PERSONNUMMER, joining.value())
			.count() > 0) {
			throw ApiProblem.conflict(ALREADY_REQUESTED, "Förfrågan finns redan",
					"Det finns redan en obesvarad förfrågan om att personen ska vara med i chatten.", Map.of("chatId", chat.id()));
		}
		ChatParticipant consenting = consenting(chat, participants);
		ProcessInstance instance = runtimeService.startProcessInstanceByKey(PROCESS_KEY, chat.id(), Variables.createVariables()
			.putValue(ChatVariables.CHAT_ID, chat.id())
			.putValue(ChatVariables.PATIENT_REFERENCE, PatientAssignee.of(chat.patient()))
			.putValue(ChatVariables.UNIT_ID, chat.unitId())
			.putValue(ChatVariables.NEW_PARTICIPANT_PERSONNUMMER, joining.value())
			.putValue(ChatVariables.NEW_PARTICIPANT_EMAIL, request.email().strip())
			.putValue(ChatVariables.CONSENTING_PATIENT_REFERENCE, consenting.patientReference())
			.putValue(ChatVariables.CONSENTING_EMAIL, consenting.email()));
		log.info("Chat {}: a new participant asked to join, consent process {}", chat.id(), instance.getId());
		return new Requested(chat.id(), instance.getId());
	}

	/** BVC: the first guardian (the child cannot consent); MVC: the patient. */
	private static ChatParticipant consenting(ChatChannel chat, List<ChatParticipant> participants) {
		Role role = chat.careType() == CareType.BVC ? Role.GUARDIAN : Role.PATIENT;
		return participants.stream()
			.filter(p -> p.role() == role && p.email() != null)
			.findFirst()
			.orElseThrow(() -> new IllegalStateException("Chat " + chat.id() + " has nobody who can consent"));
	}

}
