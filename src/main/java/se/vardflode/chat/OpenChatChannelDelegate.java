package se.vardflode.chat;

import java.time.Instant;
import java.time.LocalDate;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import se.vardflode.kernel.CareTime;

/**
 * "Öppna chattkanalen": the registered channel opens now and closes when "Bestäm hur länge chatten är öppen"
 * ({@code chat-duration.dmn}) says, a closing time kept in the channel ({@link ChatClosing}).
 */
@Component
class OpenChatChannelDelegate implements JavaDelegate {

	private final ChatChannels chats;

	OpenChatChannelDelegate(ChatChannels chats) {
		this.chats = chats;
	}

	@Override
	public void execute(DelegateExecution execution) {
		Instant now = CareTime.now();
		LocalDate dueDate = ChatProcess.DUE_DATE.optionalFrom(execution).map(LocalDate::parse).orElse(null);
		ChatPeriod.Decided decided = new ChatPeriod.Decided(ChatProcess.CHAT_PERIOD_START.from(execution),
				ChatProcess.CHAT_OPEN_PERIOD.from(execution));
		Instant expiresAt = ChatPeriod.expiresAt(decided, now, dueDate, null);
		chats.open(ChatProcess.CHAT_ID.from(execution), execution.getProcessInstanceId(), now, expiresAt);
	}

}
