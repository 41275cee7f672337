package se.vardflode.chat;

import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.springframework.stereotype.Component;

import se.vardflode.governance.ModelCallable;

/**
 * Reads what {@code chat-duration.dmn} decided in the business-rule tasks of chat-enrollment.bpmn: their output
 * mappings keep {@code ${chatDuration.periodStart(decisionResult)}} and {@code ${chatDuration.openPeriod(decisionResult)}}
 * as two text variables, so that no map of the decision is stored as an Object variable.
 */
@Component("chatDuration")
public class ChatDuration {

	/** {@value ChatPeriod#FROM_ENROLLMENT}, {@value ChatPeriod#FROM_DUE_DATE} or {@value ChatPeriod#FROM_BIRTH_DATE}. */
	@ModelCallable
	public String periodStart(DmnDecisionResult decided) {
		return entries(decided).getEntry("periodStart");
	}

	/** An ISO-8601 period, e.g. {@code P1Y} or {@code P12W}. */
	@ModelCallable
	public String openPeriod(DmnDecisionResult decided) {
		return entries(decided).getEntry("openPeriod");
	}

	private static DmnDecisionResultEntries entries(DmnDecisionResult decided) {
		DmnDecisionResultEntries entries = decided.getSingleResult();
		if (entries == null) {
			throw new IllegalStateException("chat-duration.dmn has no rule for this chat");
		}
		return entries;
	}

}
