package se.vardflode.sip;

import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import se.vardflode.kernel.CareTime;
import se.vardflode.notification.PatientNotifier;
import se.vardflode.notification.PatientRecipient;

/**
 * "Svara den som bad om SIP": the unit's decision and its reasons to the person who asked, as a message in her patient
 * page ({@code mail/patient/sip-request-granted} or {@code -refused}); her mail, if she gave one, gets only the
 * neutral notice.
 */
@Component
class AnswerSipRequestDelegate implements JavaDelegate {

	static final String GRANTED = "sip-request-granted";
	static final String REFUSED = "sip-request-refused";

	private final PatientNotifier patientNotifier;

	AnswerSipRequestDelegate(PatientNotifier patientNotifier) {
		this.patientNotifier = patientNotifier;
	}

	@Override
	public void execute(DelegateExecution execution) {
		boolean granted = "accept".equals(SipRequestProcess.DECISION.from(execution));
		boolean forAChild = !SipPatientSide.readCustodians(SipRequestProcess.CUSTODIANS.optionalFrom(execution).orElse(null)).isEmpty();
		PatientRecipient requester = PatientRecipient.of(SipRequestProcess.REQUESTER_REFERENCE.from(execution),
				SipRequestProcess.REQUESTER_EMAIL.optionalFrom(execution).orElse(null));
		patientNotifier.notify(execution, requester, SipRequestProcess.UNIT_ID.from(execution), granted ? GRANTED : REFUSED,
				Map.of("answer", SipRequestProcess.ANSWER_TEXT.from(execution), "forChild", forAChild));
		SipRequestProcess.ANSWERED_AT.set(execution, CareTime.nowAsDate());
	}

}
