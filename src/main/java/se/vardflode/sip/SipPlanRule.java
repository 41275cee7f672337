package se.vardflode.sip;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

import se.vardflode.forms.FieldError;
import se.vardflode.forms.Submission;
import se.vardflode.forms.TaskRule;

/** "Upprätta SIP-planen": the plan's rules ({@link SipPlan#violations}), huvudansvar among this SIP's participants. */
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
		SipPlan.Parsed parsed = SipPlan.parse(submission.value(SipVariables.ACTIONS), submission.value(SipVariables.HUVUDANSVAR),
				submission.value(SipVariables.FOLLOW_UP_DATE));
		LocalDate today = LocalDate.ofInstant(ClockUtil.getCurrentTime().toInstant(), SipMeeting.SWEDEN);
		Map<String, String> errors = parsed.errors().isEmpty()
				? parsed.plan().violations(SipParticipants.from(submission.task()).organisations(settings.regionOrganisation()), today)
				: parsed.errors();
		return FieldError.allOf(errors);
	}

}
