package se.vardflode.notification;

import java.util.HashMap;
import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Mails one person — a patient, a guardian, an external participant — at the address in the task's input parameter
 * {@code mailTo}, with the template in {@code mailTemplate}. The template sees the process variables; it must not
 * print a personnummer. A task whose person may have given no address (a referral's patient) says so with the input
 * parameter {@code mailOptional} = {@code true}; the mail is then left out when there is none.
 */
@Component
class NotifyPersonDelegate implements JavaDelegate {

	static final String MAIL_TO = "mailTo";
	static final String MAIL_OPTIONAL = "mailOptional";

	private final MailNotifier mailNotifier;

	NotifyPersonDelegate(MailNotifier mailNotifier) {
		this.mailNotifier = mailNotifier;
	}

	@Override
	public void execute(DelegateExecution execution) {
		Object to = execution.getVariableLocal(MAIL_TO);
		if (!(to instanceof String address) || address.isBlank()) {
			if (Boolean.TRUE.equals(execution.getVariableLocal(MAIL_OPTIONAL))) {
				return;
			}
			throw new IllegalStateException("No mail address in input parameter " + MAIL_TO + " of " + execution.getCurrentActivityId());
		}
		Map<String, Object> model = new HashMap<>(execution.getVariables());
		mailNotifier.send(execution, address, (String) execution.getVariableLocal(NotifyUnitTeamDelegate.MAIL_TEMPLATE), model);
	}

}
