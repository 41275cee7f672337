package se.vardflode.notification;

import java.util.HashMap;
import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import se.vardflode.identity.CareUnit;
import se.vardflode.identity.CareUnits;

/**
 * Mails the team of the unit in the process variable {@code unitId}, with the template named by the task's input
 * parameter {@code mailTemplate}. The template sees the process variables and {@code unitName}.
 */
@Component
class NotifyUnitTeamDelegate implements JavaDelegate {

	static final String MAIL_TEMPLATE = "mailTemplate";
	static final String UNIT_ID = "unitId";

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
		mailNotifier.send(unit.teamMail(), (String) execution.getVariableLocal(MAIL_TEMPLATE), model);
	}

}
