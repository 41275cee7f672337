package se.vardflode.chat;

import java.util.Optional;

import org.springframework.stereotype.Component;

import se.vardflode.taskcontext.CaseTask;
import se.vardflode.taskcontext.TaskContext;
import se.vardflode.taskcontext.TaskContextSource;

/**
 * What "Chatt vid inskrivning" shows the unit that decides on a chat: whose chat (the header), what kind, where, since
 * when and until when (the channel row holds the closing time), instead of the chat's id.
 */
@Component
class ChatTaskContext implements TaskContextSource {

	private final ChatChannels chats;

	ChatTaskContext(ChatChannels chats) {
		this.chats = chats;
	}

	@Override
	public String processKey() {
		return ChatProcess.KEY;
	}

	@Override
	public void describe(CaseTask task, TaskContext context) {
		Optional<ChatChannel> chat = task.get(ChatProcess.CHAT_ID).flatMap(chats::find);
		context.fromUnit(task.get(ChatProcess.UNIT_ID).orElse(null))
			.deadline("Chatten stänger om den inte förlängs")
			.finding("Chatt", chat.map(ChatChannel::careType).map(CareType::swedishName).orElse(null))
			.finding("Öppnad", chat.map(ChatChannel::openedAt).map(TaskContext::day).orElse(null))
			.finding("Stänger", chat.map(ChatChannel::expiresAt).map(TaskContext::day).orElse(null))
			.finding("Förlängd", chat.filter(open -> open.extensions() > 0).map(open -> open.extensions() == 1 ? "1 gång"
					: open.extensions() + " gånger").orElse(null))
			.finding("Beräknat förlossningsdatum", task.get(ChatProcess.DUE_DATE).orElse(null))
			.finding("Barnet fött", task.get(ChatProcess.BIRTH_DATE).orElse(null));
	}

}
