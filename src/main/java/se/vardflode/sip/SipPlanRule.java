package se.vardflode.sip;

import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import se.vardflode.forms.FieldError;
import se.vardflode.forms.Submission;
import se.vardflode.forms.TaskRule;
import se.vardflode.kernel.CareTime;

/** "Upprätta SIP-planen": the plan's rules ({@link SipPlan#violations}), huvudansvar the region's or the municipality's. */
@Component
class SipPlanRule implements TaskRule {

	private final SipSettings settings;

	SipPlanRule(SipSettings settings) {
		this.settings = settings;
	}

	@Override
	public String formId() {
		return "sip-plan";
	}

	@Override
	public List<FieldError> check(Submission submission) {
		SipPlan.Parsed parsed = SipPlan.parse(submission::value);
		Map<String, String> errors = parsed.errors().isEmpty()
				? parsed.plan().violations(Huvudansvar.from(submission.task(), settings), CareTime.today())
				: parsed.errors();
		return FieldError.allOf(errors);
	}

}
