package se.vardflode.triage;

import java.util.Map;
import java.util.Optional;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import se.vardflode.notification.MailNotifier;

/**
 * "Skicka meddelande till patienten" (promised-call-back.bpmn): no attempt reached the patient, so she is told, in a
 * neutral notice that says nothing about her care, to log in; the unit follows her up in its task. Her address is the
 * call-back's own {@code patientEmail}, else the one of the triage that called the call-back. A patient without an
 * address gets no mail; the follow-up task says so, and the unit reaches her another way.
 */
@Component
class MessageUnreachedPatientDelegate implements JavaDelegate {

	static final String TEMPLATE = "call-back-unreached-patient";

	private static final Logger log = LoggerFactory.getLogger(MessageUnreachedPatientDelegate.class);

	private final MailNotifier mailNotifier;

	MessageUnreachedPatientDelegate(MailNotifier mailNotifier) {
		this.mailNotifier = mailNotifier;
	}

	@Override
	public void execute(DelegateExecution execution) {
		Optional<String> email = ofTheCase(execution, CallBackProcess.PATIENT_EMAIL.name());
		if (email.isEmpty()) {
			log.info("Call-back {}: the patient has no mail address; the unit's follow-up task says so", execution.getProcessInstanceId());
			CallBackProcess.PATIENT_MESSAGED.set(execution, false);
			return;
		}
		mailNotifier.send(execution, email.get(), TEMPLATE, Map.of());
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
