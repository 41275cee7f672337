package se.vardflode.chat;

import java.time.Instant;
import java.util.Date;
import java.util.Optional;

import org.camunda.bpm.dmn.engine.DmnDecisionRuleResult;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;

import se.vardflode.governance.ModelCallable;
import se.vardflode.kernel.CareTime;

/**
 * The chat's closing time, which lives in one place, {@code chat_channel.expires_at}: the delegates that decide it
 * write it there, and chat-enrollment.bpmn reads it here — the closing timer and the extension task's due date
 * {@code ${chatClosing.at(chatId)}}, the reminder timer {@code ${chatClosing.reminderAt(chatId)}}, and after "Chatten
 * är öppen" whether the time is up or the chat was extended ({@code ${chatClosing.hasPassed(chatId)}}). Runs in the
 * engine's transaction, so it sees a closing time moved a moment ago in the same command.
 */
@Component("chatClosing")
public class ChatClosing {

	/** {@code processes/chat-duration.dmn}. */
	static final String DECISION = "chat-duration";

	private final ChatChannels chats;
	private final ChatSettings settings;
	private final DecisionService decisions;

	ChatClosing(ChatChannels chats, ChatSettings settings, DecisionService decisions) {
		this.chats = chats;
		this.settings = settings;
		this.decisions = decisions;
	}

	/** When the chat closes. */
	@ModelCallable
	public Date at(String chatId) {
		return Date.from(expiresAt(chatId));
	}

	/** When the patient and the unit are reminded: {@code vardflode.chat.reminder-lead-time} before, never in the past. */
	@ModelCallable
	public Date reminderAt(String chatId) {
		return Date.from(ChatPeriod.reminderAt(expiresAt(chatId), settings.reminderLeadTime(), CareTime.now()));
	}

	/** Whether the chat's time is up (else it has been extended and stays open). */
	@ModelCallable
	public boolean hasPassed(String chatId) {
		return !expiresAt(chatId).isAfter(CareTime.now());
	}

	/**
	 * After a delegate moved the closing time: a chat still on a model version from before the closing time lived only
	 * in the channel reads its timers from variables, which are kept in step until it is moved to the current version.
	 */
	void keepLegacyVariablesInStep(DelegateExecution execution, Instant expiresAt) {
		if (ChatProcess.LEGACY_EXPIRES_AT.optionalFrom(execution).isPresent()) {
			ChatProcess.LEGACY_EXPIRES_AT.set(execution, Date.from(expiresAt));
			ChatProcess.LEGACY_REMINDER_AT.set(execution,
					Date.from(ChatPeriod.reminderAt(expiresAt, settings.reminderLeadTime(), CareTime.now())));
		}
	}

	/**
	 * What chat-duration.dmn decided for the period after the delivery. The current model decides it in "Bestäm när
	 * chatten stängs efter förlossningen" just before; a chat still on an older version, whose model has no such task,
	 * asks the same table here, until it is moved to the current version.
	 */
	ChatPeriod.Decided periodAfterDelivery(DelegateExecution execution) {
		Optional<String> periodStart = ChatProcess.CHAT_PERIOD_START.optionalFrom(execution);
		if (periodStart.filter(ChatPeriod.FROM_BIRTH_DATE::equals).isPresent()) {
			return new ChatPeriod.Decided(periodStart.get(), ChatProcess.CHAT_OPEN_PERIOD.from(execution));
		}
		DmnDecisionRuleResult decided = decisions.evaluateDecisionTableByKey(DECISION, Variables.createVariables()
			.putValue(ChatProcess.CARE_TYPE.name(), ChatProcess.CARE_TYPE.from(execution))
			.putValue("delivered", true))
			.getSingleResult();
		return new ChatPeriod.Decided(decided.getEntry("periodStart"), decided.getEntry("openPeriod"));
	}

	private Instant expiresAt(String chatId) {
		ChatChannel chat = chats.find(chatId).orElseThrow(() -> new IllegalStateException("No chat " + chatId));
		if (chat.expiresAt() == null) {
			throw new IllegalStateException("Chat " + chatId + " has no closing time: it was never opened");
		}
		return chat.expiresAt();
	}

}
