package se.vardflode.notification;

import java.util.HashMap;
import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Mails one person — a patient, a guardian, an external participant — at the address in the task's input parameter
 * {@code mailTo}, with the template in {@code mailTemplate}. The template sees the process variables; it must not
 * print a personnummer.
 */
@Component
class NotifyPersonDelegate implements JavaDelegate {

	static final String MAIL_TO = "mailTo";

	private final MailNotifier mailNotifier;

	NotifyPersonDelegate(MailNotifier mailNotifier) {
		this.mailNotifier = mailNotifier;
	}

	@Override
	public void execute(DelegateExecution execution) {
		Object to = execution.getVariableLocal(MAIL_TO);
		if (!(to instanceof String address) || address.isBlank()) {
			throw new IllegalStateException("No mail address in input parameter " + MAIL_TO + " of " + execution.getCurrentActivityId());
		}
		Map<String, Object> model = new HashMap<>(execution.getVariables());
		mailNotifier.send(execution, address, (String) execution.getVariableLocal(NotifyUnitTeamDelegate.MAIL_TEMPLATE), model);
	}

}
