package se.vardflode.chat;

import java.time.Instant;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * "Förläng chatten": moves the closing time by the months chosen in "Förläng eller stäng chatten"; the model then
 * opens the chat again with timers at the new time.
 */
@Component
class ExtendChatDelegate implements JavaDelegate {

	private static final Logger log = LoggerFactory.getLogger(ExtendChatDelegate.class);

	private final ChatChannels chats;
	private final ChatClosing closing;

	ExtendChatDelegate(ChatChannels chats, ChatClosing closing) {
		this.chats = chats;
		this.closing = closing;
	}

	@Override
	public void execute(DelegateExecution execution) {
		String chatId = ChatProcess.CHAT_ID.from(execution);
		ExtensionDecision decision = ExtensionDecision.of(execution);
		ChatChannel chat = chats.find(chatId).orElseThrow(() -> new IllegalStateException("No chat " + chatId));
		Instant expiresAt = ChatPeriod.extend(chat.expiresAt(), decision.months());
		chats.extend(chatId, expiresAt);
		closing.keepLegacyVariablesInStep(execution, expiresAt);
		log.info("Chat {} extended by {} months to {}", chatId, decision.months(), expiresAt);
	}

}
