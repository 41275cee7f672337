package se.vardflode.sip;

import java.util.List;

import org.springframework.stereotype.Component;

import se.vardflode.forms.FieldError;
import se.vardflode.forms.Submission;
import se.vardflode.forms.TaskRule;

/**
 * "Ta ställning till begäran om SIP": a granted request must name what a SIP needs — the unit's organisation and
 * someone to invite — checked as a staff request is ({@link RequestedSip}), so that the SIP it starts cannot fail.
 */
@Component
class SipRequestDecisionRule implements TaskRule {

	private final RequestedSip requestedSip;

	SipRequestDecisionRule(RequestedSip requestedSip) {
		this.requestedSip = requestedSip;
	}

	@Override
	public String formId() {
		return "sip-request-decision";
	}

	@Override
	public List<FieldError> check(Submission submission) {
		if (!"accept".equals(submission.value(SipRequestProcess.DECISION.name()))) {
			return List.of();
		}
		return FieldError.allOf(requestedSip.errors(requestedSip.from(submission::value)));
	}

}
