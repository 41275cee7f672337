package se.vardflode.chat;

import java.util.Date;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Öppna chattkanalen": the registered channel is open from {@code openedAt} until {@code expiresAt}. */
@Component
class OpenChatChannelDelegate implements JavaDelegate {

	private final ChatChannels chats;

	OpenChatChannelDelegate(ChatChannels chats) {
		this.chats = chats;
	}

	@Override
	public void execute(DelegateExecution execution) {
		chats.open((String) execution.getVariable(ChatVariables.CHAT_ID), execution.getProcessInstanceId(),
				((Date) execution.getVariable(ChatVariables.OPENED_AT)).toInstant(),
				((Date) execution.getVariable(ChatVariables.EXPIRES_AT)).toInstant());
	}

}
