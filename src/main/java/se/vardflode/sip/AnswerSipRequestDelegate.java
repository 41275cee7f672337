package se.vardflode.sip;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import se.vardflode.kernel.CareTime;

/**
 * "Svara den som bad om SIP": the unit's decision and its reasons to the person who asked, in her patient page.
 */
@Component
class AnswerSipRequestDelegate implements JavaDelegate {

	@Override
	public void execute(DelegateExecution execution) {
		SipRequestProcess.ANSWERED_AT.set(execution, CareTime.nowAsDate());
	}

}
