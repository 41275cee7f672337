package se.vardflode.chat;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

import se.vardflode.chat.ChatChannel.ClosedBy;

/**
 * "Stäng chattkanalen": marks the channel closed, by whoever asked ({@code closedBy} from the close message) or,
 * when nobody did, because its time ran out.
 */
@Component
class CloseChatChannelDelegate implements JavaDelegate {

	private final ChatChannels chats;

	CloseChatChannelDelegate(ChatChannels chats) {
		this.chats = chats;
	}

	@Override
	public void execute(DelegateExecution execution) {
		Object requestedBy = execution.getVariable(ChatVariables.CLOSED_BY);
		ClosedBy closedBy = requestedBy == null ? ClosedBy.EXPIRED : ClosedBy.valueOf((String) requestedBy);
		execution.setVariable(ChatVariables.CLOSED_BY, closedBy.name());
		chats.close((String) execution.getVariable(ChatVariables.CHAT_ID), ClockUtil.getCurrentTime().toInstant(), closedBy,
				(String) execution.getVariable(ChatVariables.CLOSED_BY_USER),
				(String) execution.getVariable(ChatVariables.CLOSE_REASON));
	}

}
