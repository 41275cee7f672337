package se.vardflode.notification;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * A mail task that tells the patient something (see {@link PatientNotifier}), configured by the task's input
 * parameters:
 * <ul>
 * <li>{@code message}: the message, a template {@code mail/patient/<message>.mustache};</li>
 * <li>{@code patient}: whom, {@code ${patientReference}} ({@code patient:} and twelve digits) or {@code ${personnummer}};</li>
 * <li>{@code mailTo}: her mail address for the notice, if she gave one;</li>
 * <li>{@code fromUnitId}: the unit the message is from;</li>
 * <li>{@code messageVariables}: the process variables the message shows, comma-separated (may be left out).</li>
 * </ul>
 */
@Component
class NotifyPatientDelegate implements JavaDelegate {

	static final String MESSAGE = "message";
	static final String PATIENT = "patient";
	static final String MAIL_TO = "mailTo";
	static final String FROM_UNIT_ID = "fromUnitId";
	static final String MESSAGE_VARIABLES = "messageVariables";

	private final PatientNotifier patientNotifier;

	NotifyPatientDelegate(PatientNotifier patientNotifier) {
		this.patientNotifier = patientNotifier;
	}

	@Override
	public void execute(DelegateExecution execution) {
		PatientRecipient recipient = PatientRecipient.of(required(execution, PATIENT), (String) execution.getVariableLocal(MAIL_TO));
		patientNotifier.notify(execution, recipient, required(execution, FROM_UNIT_ID), required(execution, MESSAGE),
				TemplateVariables.named(execution, MESSAGE_VARIABLES));
	}

	private static String required(DelegateExecution execution, String parameter) {
		if (!(execution.getVariableLocal(parameter) instanceof String value) || value.isBlank()) {
			throw new IllegalStateException("No input parameter " + parameter + " on " + execution.getCurrentActivityId());
		}
		return value;
	}

}
