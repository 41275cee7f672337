package se.vardflode.notification;

import java.util.HashMap;
import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import se.vardflode.identity.CareUnit;
import se.vardflode.identity.CareUnits;

/**
 * Mails the team of the unit in the variable {@code unitId} (a process variable, or an input parameter of the task
 * to name another unit), with the template named by the task's input parameter {@code mailTemplate}. With the input
 * parameter {@code recipient} set to {@code manager} it mails the unit's manager instead. The template sees the
 * process variables and {@code unitName}.
 */
@Component
class NotifyUnitTeamDelegate implements JavaDelegate {

	static final String MAIL_TEMPLATE = "mailTemplate";
	static final String UNIT_ID = "unitId";
	static final String RECIPIENT = "recipient";

	private final MailNotifier mailNotifier;
	private final CareUnits careUnits;

	NotifyUnitTeamDelegate(MailNotifier mailNotifier, CareUnits careUnits) {
		this.mailNotifier = mailNotifier;
		this.careUnits = careUnits;
	}

	@Override
	public void execute(DelegateExecution execution) {
		CareUnit unit = careUnits.get((String) execution.getVariable(UNIT_ID));
		Map<String, Object> model = new HashMap<>(execution.getVariables());
		model.put("unitName", unit.name());
		mailNotifier.send(execution, recipient(unit, execution), (String) execution.getVariableLocal(MAIL_TEMPLATE), model);
	}

	private static String recipient(CareUnit unit, DelegateExecution execution) {
		if (!"manager".equals(execution.getVariableLocal(RECIPIENT))) {
			return unit.teamMail();
		}
		if (unit.managerMail() == null) {
			throw new IllegalStateException("Care unit " + unit.id() + " has no manager-mail configured");
		}
		return unit.managerMail();
	}

}
