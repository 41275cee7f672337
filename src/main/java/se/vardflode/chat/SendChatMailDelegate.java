package se.vardflode.chat;

import java.util.Date;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import se.vardflode.chat.ChatChannel.ClosedBy;
import se.vardflode.identity.CareUnit;
import se.vardflode.identity.CareUnits;
import se.vardflode.notification.MailNotifier;

/**
 * Mails everyone in the chat (the patient and the guardians, each their own mail) with the template named by the
 * task's input parameter {@code mailTemplate}, or only the address in the input parameter {@code mailTo}. Templates see
 * the unit's name, the care type and the closing time, never a personnummer.
 */
@Component
class SendChatMailDelegate implements JavaDelegate {

	private final MailNotifier mailNotifier;
	private final ChatChannels chats;
	private final CareUnits careUnits;

	SendChatMailDelegate(MailNotifier mailNotifier, ChatChannels chats, CareUnits careUnits) {
		this.mailNotifier = mailNotifier;
		this.chats = chats;
		this.careUnits = careUnits;
	}

	@Override
	public void execute(DelegateExecution execution) {
		String chatId = ChatProcess.CHAT_ID.from(execution);
		ChatChannel chat = chats.find(chatId).orElseThrow(() -> new IllegalStateException("No chat " + chatId));
		CareUnit unit = careUnits.get(chat.unitId());
		String closedBy = ChatProcess.CLOSED_BY.optionalFrom(execution).orElse(null);
		Map<String, Object> model = Map.of(
				"unitName", unit.name(),
				"careTypeName", chat.careType().swedishName(),
				"expiresAt", Date.from(chat.expiresAt()),
				"expired", ClosedBy.EXPIRED.name().equals(closedBy),
				"closedByPatient", ClosedBy.PATIENT.name().equals(closedBy),
				"closedByStaff", ClosedBy.STAFF.name().equals(closedBy));
		String template = ChatProcess.MAIL_TEMPLATE.from(execution);
		Set<String> recipients = new LinkedHashSet<>();
		ChatProcess.MAIL_TO.optionalFrom(execution).ifPresentOrElse(recipients::add, () -> chats.participants(chatId).stream()
			.filter(ChatParticipant::isReachable)
			.map(participant -> participant.email().value())
			.forEach(recipients::add));
		for (String recipient : recipients) {
			mailNotifier.send(execution, recipient, template, model);
		}
	}

}
