package se.vardflode.sip;

import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import se.vardflode.kernel.CareTime;
import se.vardflode.notification.PatientNotifier;
import se.vardflode.notification.PatientRecipient;

/**
 * Reminds a patient who has not answered the consent request: records the reminder and leaves a message in her inbox
 * in the patient page that names the unit, with a neutral notice by mail where the request gave her address.
 */
@Component
class RemindPatientOfConsentDelegate implements JavaDelegate {

	static final String MESSAGE = "sip-consent-reminder";

	private final PatientNotifier patientNotifier;

	RemindPatientOfConsentDelegate(PatientNotifier patientNotifier) {
		this.patientNotifier = patientNotifier;
	}

	@Override
	public void execute(DelegateExecution execution) {
		PatientRecipient patient = PatientRecipient.of(SipProcess.PATIENT_REFERENCE.from(execution),
				SipProcess.PATIENT_EMAIL.optionalFrom(execution).orElse(null));
		patientNotifier.notify(execution, patient, SipProcess.UNIT_ID.from(execution), MESSAGE, Map.of());
		SipProcess.CONSENT_REMINDED_AT.set(execution, CareTime.nowAsDate());
	}

}
