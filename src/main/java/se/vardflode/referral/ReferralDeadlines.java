package se.vardflode.referral;

import java.util.Date;

import org.springframework.stereotype.Component;

import se.vardflode.governance.ModelCallable;
import se.vardflode.kernel.CareTime;

/**
 * Due dates that referral-routing.bpmn computes when a step begins, from the settings: {@code
 * ${referralDeadlines.advisersDecisionDue()}} when the two units disagree in the joint consultation.
 */
@Component("referralDeadlines")
public class ReferralDeadlines {

	private final ReferralSettings settings;

	ReferralDeadlines(ReferralSettings settings) {
		this.settings = settings;
	}

	/** Now (the engine's clock) plus {@code vardflode.referral.advisers-decision-deadline}, in calendar days. */
	@ModelCallable
	public Date advisersDecisionDue() {
		return Date.from(CareTime.fromNow(settings.advisersDecisionDeadline()));
	}

}
