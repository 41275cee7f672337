package se.vardflode.chat;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import se.vardflode.kernel.CareTime;
import se.vardflode.kernel.EmailAddress;
import se.vardflode.kernel.Personnummer;

/**
 * "Lägg till deltagaren i chatten": after the custodian accepted, or after a custodian's (at MVC the patient's)
 * consent, the new participant writes in the chat too.
 */
@Component
class AddChatParticipantDelegate implements JavaDelegate {

	private static final Logger log = LoggerFactory.getLogger(AddChatParticipantDelegate.class);

	private final ChatChannels chats;

	AddChatParticipantDelegate(ChatChannels chats) {
		this.chats = chats;
	}

	@Override
	public void execute(DelegateExecution execution) {
		String chatId = ChatConsentProcess.CHAT_ID.from(execution);
		ChatChannel chat = chats.find(chatId).orElseThrow(() -> new IllegalStateException("No chat " + chatId));
		if (chat.isClosed()) {
			// the chat closed while consent was pending: nobody joins a closed chat
			log.info("Chat {} closed before consent was given; no participant added", chatId);
			return;
		}
		chats.addParticipant(chatId, ChatParticipant.guardian(
				Personnummer.fromStorage(ChatConsentProcess.NEW_PARTICIPANT_PERSONNUMMER.from(execution)),
				new EmailAddress(ChatConsentProcess.NEW_PARTICIPANT_EMAIL.from(execution)),
				ChatConsentProcess.NEW_PARTICIPANT_CUSTODIAN.optionalFrom(execution).orElse(false)), CareTime.now());
		log.info("Chat {}: participant added after consent", chatId);
	}

}
