package se.vardflode.chat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/**
 * "Stäng chatten efter efterkontrollen": after delivery the mother's MVC chat stays open until the postnatal visit,
 * {@code vardflode.chat.mvc-closes-after-delivery} after the birth, then closes (the child's BVC chat goes on).
 */
@Component
class CloseAfterPostnatalVisitDelegate implements JavaDelegate {

	private final ChatChannels chats;
	private final ChatSettings settings;

	CloseAfterPostnatalVisitDelegate(ChatChannels chats, ChatSettings settings) {
		this.chats = chats;
		this.settings = settings;
	}

	@Override
	public void execute(DelegateExecution execution) {
		LocalDate birthDate = LocalDate.parse((String) execution.getVariable(ChatVariables.BIRTH_DATE));
		Instant expiresAt = ChatPeriod.endOfDay(birthDate.plus(settings.mvcClosesAfterDelivery()));
		chats.reschedule((String) execution.getVariable(ChatVariables.CHAT_ID), expiresAt);
		execution.setVariable(ChatVariables.EXPIRES_AT, Date.from(expiresAt));
		execution.setVariable(ChatVariables.REMINDER_AT, Date.from(ChatPeriod.reminderAt(expiresAt,
				settings.reminderLeadTime(), ClockUtil.getCurrentTime().toInstant())));
	}

}
