package se.vardflode.sip;

import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

import se.vardflode.notification.PatientNotifier;
import se.vardflode.notification.PatientRecipient;
import se.vardflode.patient.Personnummer;

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
		String reference = (String) execution.getVariable(SipVariables.PATIENT_REFERENCE);
		Personnummer patient = Personnummer.fromStorage(reference.substring(reference.indexOf(':') + 1));
		patientNotifier.notify(execution, new PatientRecipient(patient, (String) execution.getVariable(SipVariables.PATIENT_EMAIL)),
				(String) execution.getVariable(SipVariables.UNIT_ID), MESSAGE, Map.of());
		execution.setVariable(SipVariables.CONSENT_REMINDED_AT, ClockUtil.getCurrentTime());
	}

}
