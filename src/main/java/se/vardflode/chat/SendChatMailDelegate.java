package se.vardflode.chat;

import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import se.vardflode.chat.ChatChannel.ClosedBy;
import se.vardflode.notification.PatientNotifier;
import se.vardflode.notification.PatientRecipient;

/**
 * Tells everyone in the chat (the patient and the guardians, each in their own inbox in the patient page, with a
 * neutral notice by mail) what the message named by the task's input parameter {@code mailTemplate} says, or only the
 * person whose personnummer or patient reference is in the input parameter {@code recipient}, at the address in
 * {@code mailTo}. Messages see the unit's name, the closing time and how the chat was closed, never a personnummer.
 */
@Component
class SendChatMailDelegate implements JavaDelegate {

	/** Input parameter of a mail task for one person: her patient reference or personnummer. */
	static final String RECIPIENT = "recipient";

	private final PatientNotifier patientNotifier;
	private final ChatChannels chats;

	SendChatMailDelegate(PatientNotifier patientNotifier, ChatChannels chats) {
		this.patientNotifier = patientNotifier;
		this.chats = chats;
	}

	@Override
	public void execute(DelegateExecution execution) {
		String chatId = (String) execution.getVariable(ChatVariables.CHAT_ID);
		ChatChannel chat = chats.find(chatId).orElseThrow(() -> new IllegalStateException("No chat " + chatId));
		Object closedBy = execution.getVariable(ChatVariables.CLOSED_BY);
		Map<String, Object> model = new LinkedHashMap<>();
		model.put("expiresAt", Date.from(chat.expiresAt()));
		model.put("expired", ClosedBy.EXPIRED.name().equals(closedBy));
		model.put("closedByPatient", ClosedBy.PATIENT.name().equals(closedBy));
		model.put("closedByStaff", ClosedBy.STAFF.name().equals(closedBy));
		String message = (String) execution.getVariableLocal(ChatVariables.MAIL_TEMPLATE);
		for (PatientRecipient recipient : recipients(execution, chatId)) {
			patientNotifier.notify(execution, recipient, chat.unitId(), message, model);
		}
	}

	private List<PatientRecipient> recipients(DelegateExecution execution, String chatId) {
		Object recipient = execution.getVariableLocal(RECIPIENT);
		if (recipient instanceof String reference) {
			return List.of(PatientRecipient.of(reference, (String) execution.getVariableLocal(ChatVariables.MAIL_TO)));
		}
		return chats.participants(chatId).stream().map(participant -> new PatientRecipient(participant.personnummer(), participant.email()))
			.toList();
	}

}
