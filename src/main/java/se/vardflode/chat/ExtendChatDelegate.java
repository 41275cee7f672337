package se.vardflode.chat;

import java.time.Instant;
import java.util.Date;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/** "Förläng chatten": moves the closing time by the months chosen in the form and re-arms the reminder. */
@Component
class ExtendChatDelegate implements JavaDelegate {

	private static final Logger log = LoggerFactory.getLogger(ExtendChatDelegate.class);

	private final ChatChannels chats;
	private final ChatSettings settings;

	ExtendChatDelegate(ChatChannels chats, ChatSettings settings) {
		this.chats = chats;
		this.settings = settings;
	}

	@Override
	public void execute(DelegateExecution execution) {
		String chatId = (String) execution.getVariable(ChatVariables.CHAT_ID);
		ExtensionDecision decision = ExtensionDecision.of(execution.getVariables());
		Instant expiresAt = ChatPeriod.extend(((Date) execution.getVariable(ChatVariables.EXPIRES_AT)).toInstant(),
				decision.months());
		chats.extend(chatId, expiresAt);
		execution.setVariable(ChatVariables.EXPIRES_AT, Date.from(expiresAt));
		execution.setVariable(ChatVariables.REMINDER_AT,
				Date.from(ChatPeriod.reminderAt(expiresAt, settings.reminderLeadTime(), ClockUtil.getCurrentTime().toInstant())));
		log.info("Chat {} extended by {} months to {}", chatId, decision.months(), expiresAt);
	}

}
