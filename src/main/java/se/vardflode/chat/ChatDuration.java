package se.vardflode.chat;

import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.value.StringValue;
import org.springframework.stereotype.Component;

import se.vardflode.governance.ModelCallable;

/**
 * Reads what {@code chat-duration.dmn} decided in the business-rule tasks of chat-enrollment.bpmn: their output
 * mappings keep {@code ${chatDuration.periodStart(decisionResult)}} and {@code ${chatDuration.openPeriod(decisionResult)}}
 * as two transient text variables, so that no map of the decision is stored as an Object variable, nor the decision
 * at all: its outcome is the chat's closing time.
 */
@Component("chatDuration")
public class ChatDuration {

	/**
	 * The decision lives only until the next step, "Öppna chattkanalen" or "Stäng chatten efter efterkontrollen", in
	 * the same transaction, which turns it into the closing time in {@code chat_channel}: neither stored nor in history.
	 */
	private static final boolean TRANSIENT = true;

	/** {@value ChatPeriod#FROM_ENROLLMENT}, {@value ChatPeriod#FROM_DUE_DATE} or {@value ChatPeriod#FROM_BIRTH_DATE}. */
	@ModelCallable
	public StringValue periodStart(DmnDecisionResult decided) {
		return Variables.stringValue(entries(decided).getEntry("periodStart"), TRANSIENT);
	}

	/** An ISO-8601 period, e.g. {@code P1Y} or {@code P12W}. */
	@ModelCallable
	public StringValue openPeriod(DmnDecisionResult decided) {
		return Variables.stringValue(entries(decided).getEntry("openPeriod"), TRANSIENT);
	}

	private static DmnDecisionResultEntries entries(DmnDecisionResult decided) {
		DmnDecisionResultEntries entries = decided.getSingleResult();
		if (entries == null) {
			throw new IllegalStateException("chat-duration.dmn has no rule for this chat");
		}
		return entries;
	}

}
