package se.vardflode.chat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;

import org.camunda.bpm.dmn.engine.DmnDecisionRuleResult;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;

/**
 * "Bestäm hur länge chatten är öppen": asks the decision chat-duration (which a process owner edits) how long the
 * chat is open and sets {@code openedAt}, {@code expiresAt} and {@code reminderAt}.
 */
@Component
class DecideChatPeriodDelegate implements JavaDelegate {

	static final String DECISION_KEY = "chat-duration";

	private final DecisionService decisionService;
	private final ChatSettings settings;

	DecideChatPeriodDelegate(DecisionService decisionService, ChatSettings settings) {
		this.decisionService = decisionService;
		this.settings = settings;
	}

	@Override
	public void execute(DelegateExecution execution) {
		String careType = (String) execution.getVariable(ChatVariables.CARE_TYPE);
		String dueDate = (String) execution.getVariable(ChatVariables.DUE_DATE);
		DmnDecisionRuleResult period = decisionService
			.evaluateDecisionTableByKey(DECISION_KEY, Variables.createVariables().putValue("careType", careType))
			.getSingleResult();
		Instant now = ClockUtil.getCurrentTime().toInstant();
		Instant expiresAt = ChatPeriod.expiresAt(period.getEntry("periodStart"), period.getEntry("openPeriod"), now,
				dueDate == null ? null : LocalDate.parse(dueDate));
		execution.setVariable(ChatVariables.OPENED_AT, Date.from(now));
		execution.setVariable(ChatVariables.EXPIRES_AT, Date.from(expiresAt));
		execution.setVariable(ChatVariables.REMINDER_AT,
				Date.from(ChatPeriod.reminderAt(expiresAt, settings.reminderLeadTime(), now)));
	}

}
