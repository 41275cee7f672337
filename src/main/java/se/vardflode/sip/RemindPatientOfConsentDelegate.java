package se.vardflode.sip;

import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

import se.vardflode.notification.MailNotifier;

/**
 * Reminds a patient who has not answered the consent request: records the reminder and, where the request gave the
 * patient's e-mail, mails a reminder that names the unit but no health data.
 */
@Component
class RemindPatientOfConsentDelegate implements JavaDelegate {

	private final MailNotifier mailNotifier;

	RemindPatientOfConsentDelegate(MailNotifier mailNotifier) {
		this.mailNotifier = mailNotifier;
	}

	@Override
	public void execute(DelegateExecution execution) {
		String patientEmail = (String) execution.getVariable(SipVariables.PATIENT_EMAIL);
		if (patientEmail != null) {
			mailNotifier.send(execution, patientEmail, "sip-consent-reminder",
					Map.of(SipVariables.UNIT_NAME, execution.getVariable(SipVariables.UNIT_NAME)));
		}
		execution.setVariable(SipVariables.CONSENT_REMINDED_AT, ClockUtil.getCurrentTime());
	}

}
