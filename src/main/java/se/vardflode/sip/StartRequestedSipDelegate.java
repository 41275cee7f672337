package se.vardflode.sip;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * "Starta SIP:en" (a granted request, checked by {@link SipRequestDecisionRule}): starts sip-coordination in the same
 * transaction, so the decision and the SIP stand or fall together; the consent is then asked in the patient page.
 */
@Component
class StartRequestedSipDelegate implements JavaDelegate {

	/** Who requested the SIP, as its history says it. */
	static final String REQUESTED_BY = "patientsidan";

	private final RequestedSip requestedSip;
	private final SipRules rules;
	private final SipCoordination coordination;

	StartRequestedSipDelegate(RequestedSip requestedSip, SipRules rules, SipCoordination coordination) {
		this.requestedSip = requestedSip;
		this.rules = rules;
		this.coordination = coordination;
	}

	@Override
	public void execute(DelegateExecution execution) {
		SipRequest request = requestedSip.from(execution::getVariable);
		String sipId = coordination.request(rules.request(request), REQUESTED_BY).getBusinessKey();
		SipRequestProcess.SIP_ID.set(execution, sipId);
	}

}
