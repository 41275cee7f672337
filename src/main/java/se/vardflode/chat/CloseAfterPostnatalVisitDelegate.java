package se.vardflode.chat;

import java.time.Instant;
import java.time.LocalDate;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * "Stäng chatten efter efterkontrollen": after the delivery the mother's MVC chat stays open until the postnatal
 * visit, as long after the birth as "Bestäm när chatten stängs efter förlossningen" ({@code chat-duration.dmn})
 * says, then closes (the child's BVC chat goes on).
 */
@Component
class CloseAfterPostnatalVisitDelegate implements JavaDelegate {

	private final ChatChannels chats;
	private final ChatClosing closing;

	CloseAfterPostnatalVisitDelegate(ChatChannels chats, ChatClosing closing) {
		this.chats = chats;
		this.closing = closing;
	}

	@Override
	public void execute(DelegateExecution execution) {
		LocalDate birthDate = LocalDate.parse(ChatProcess.BIRTH_DATE.from(execution));
		Instant expiresAt = ChatPeriod.expiresAt(closing.periodAfterDelivery(execution), null, null, birthDate);
		chats.reschedule(ChatProcess.CHAT_ID.from(execution), expiresAt);
		closing.keepLegacyVariablesInStep(execution, expiresAt);
	}

}
