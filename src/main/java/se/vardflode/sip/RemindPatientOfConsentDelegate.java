package se.vardflode.sip;

import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import se.vardflode.kernel.CareTime;
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
		SipProcess.PATIENT_EMAIL.optionalFrom(execution).ifPresent(patientEmail -> mailNotifier.send(execution, patientEmail,
				"sip-consent-reminder", Map.of(SipProcess.UNIT_NAME.name(), SipProcess.UNIT_NAME.from(execution))));
		SipProcess.CONSENT_REMINDED_AT.set(execution, CareTime.nowAsDate());
	}

}
