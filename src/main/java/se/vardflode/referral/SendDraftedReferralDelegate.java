package se.vardflode.referral;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Skicka remissen" ({@code sendDraftedReferral}): routes the physician's draft and counts it as sent from now. */
@Component
class SendDraftedReferralDelegate implements JavaDelegate {

	private final Referrals referrals;

	SendDraftedReferralDelegate(Referrals referrals) {
		this.referrals = referrals;
	}

	@Override
	public void execute(DelegateExecution execution) {
		referrals.sendDraft(execution);
	}

}
