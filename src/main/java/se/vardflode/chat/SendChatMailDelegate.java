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
 * neutral notice by mail to those with an address) what the message named by the task's input parameter
 * {@code mailTemplate} says, or only the person in the input parameter {@code recipient} (patient reference or
 * personnummer), at the address in {@code mailTo}. Messages see the closing time and how the chat was closed (and the
 * unit's name, which the notifier adds), never a personnummer.
 */
@Component
class SendChatMailDelegate implements JavaDelegate {

	private final PatientNotifier patientNotifier;
	private final ChatChannels chats;

	SendChatMailDelegate(PatientNotifier patientNotifier, ChatChannels chats) {
		this.patientNotifier = patientNotifier;
		this.chats = chats;
	}

	@Override
	public void execute(DelegateExecution execution) {
		String chatId = ChatProcess.CHAT_ID.from(execution);
		ChatChannel chat = chats.find(chatId).orElseThrow(() -> new IllegalStateException("No chat " + chatId));
		String closedBy = ChatProcess.CLOSED_BY.optionalFrom(execution).orElse(null);
		Map<String, Object> model = new LinkedHashMap<>();
		model.put("expiresAt", Date.from(chat.expiresAt()));
		model.put("expired", ClosedBy.EXPIRED.name().equals(closedBy));
		model.put("closedByPatient", ClosedBy.PATIENT.name().equals(closedBy));
		model.put("closedByStaff", ClosedBy.STAFF.name().equals(closedBy));
		String message = ChatProcess.MAIL_TEMPLATE.from(execution);
		for (PatientRecipient recipient : recipients(execution, chatId)) {
			patientNotifier.notify(execution, recipient, chat.unitId(), message, model);
		}
	}

	private List<PatientRecipient> recipients(DelegateExecution execution, String chatId) {
		return ChatProcess.MAIL_RECIPIENT.optionalFrom(execution)
			.map(reference -> List.of(PatientRecipient.of(reference, ChatProcess.MAIL_TO.optionalFrom(execution).orElse(null))))
			.orElseGet(() -> chats.participants(chatId).stream()
				.map(participant -> new PatientRecipient(participant.personnummer(), participant.email()))
				.toList());
	}

}
