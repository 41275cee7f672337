package se.vardflode.chat;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import se.vardflode.chat.ChatChannel.ClosedBy;
import se.vardflode.kernel.CareTime;

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
		ClosedBy closedBy = ChatProcess.CLOSED_BY.optionalFrom(execution).map(ClosedBy::valueOf).orElse(ClosedBy.EXPIRED);
		ChatProcess.CLOSED_BY.set(execution, closedBy.name());
		chats.close(ChatProcess.CHAT_ID.from(execution), CareTime.now(), closedBy,
				ChatProcess.CLOSED_BY_USER.optionalFrom(execution).orElse(null),
				ChatProcess.CLOSE_REASON.optionalFrom(execution).orElse(null));
	}

}
