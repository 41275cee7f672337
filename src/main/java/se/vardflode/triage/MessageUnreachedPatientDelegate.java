package se.vardflode.triage;

import java.util.Map;
import java.util.Optional;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import se.vardflode.notification.PatientNotifier;
import se.vardflode.notification.PatientRecipient;

/**
 * "Skicka meddelande till patienten" (promised-call-back.bpmn): no attempt reached the patient, so she gets a message in
 * her patient page and, if she has an address, the neutral notice by mail; the unit follows her up in its task. Who she
 * is and her address are the call-back's own variables, else those of the triage that called the call-back. A call-back
 * that does not know the patient (a phone number only) messages nobody; the follow-up task says so.
 */
@Component
class MessageUnreachedPatientDelegate implements JavaDelegate {

	static final String MESSAGE = "call-back-unreached";

	private static final Logger log = LoggerFactory.getLogger(MessageUnreachedPatientDelegate.class);

	private final PatientNotifier patientNotifier;

	MessageUnreachedPatientDelegate(PatientNotifier patientNotifier) {
		this.patientNotifier = patientNotifier;
	}

	@Override
	public void execute(DelegateExecution execution) {
		Optional<String> patient = ofTheCase(execution, CallBackProcess.PATIENT_REFERENCE.name())
			.or(() -> ofTheCase(execution, CallBackProcess.PERSONNUMMER.name()));
		if (patient.isEmpty()) {
			log.info("Call-back {}: the patient is not known by personnummer; the unit's follow-up task says so", execution.getProcessInstanceId());
			CallBackProcess.PATIENT_MESSAGED.set(execution, false);
			return;
		}
		String email = ofTheCase(execution, CallBackProcess.PATIENT_EMAIL.name()).orElse(null);
		patientNotifier.notify(execution, PatientRecipient.of(patient.get(), email), CallBackProcess.UNIT_ID.from(execution), MESSAGE, Map.of());
		CallBackProcess.PATIENT_MESSAGED.set(execution, true);
	}

	/** A text variable of the call-back, else of the instance that called it (a triage). */
	static Optional<String> ofTheCase(DelegateExecution execution, String name) {
		for (DelegateExecution scope = execution; scope != null; scope = scope.getProcessInstance().getSuperExecution()) {
			if (scope.getVariable(name) instanceof String value && !value.isBlank()) {
				return Optional.of(value);
			}
		}
		return Optional.empty();
	}

}
