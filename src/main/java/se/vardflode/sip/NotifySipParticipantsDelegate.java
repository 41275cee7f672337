package se.vardflode.sip;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import se.vardflode.identity.CareUnit;
import se.vardflode.identity.CareUnits;
import se.vardflode.notification.MailNotifier;

/**
 * Mails the SIP's participants with the template named by the task's input parameter {@code mailTemplate}:
 * {@code audience} {@code external} reaches the people outside the region, {@code all} also the initiating unit's and
 * the participating region units' teams. The template sees only what a participant may read — the SIP id, the units,
 * the meeting and the plan — never the patient's personnummer or the reason for the SIP.
 */
@Component
class NotifySipParticipantsDelegate implements JavaDelegate {

	static final String MAIL_TEMPLATE = "mailTemplate";
	static final String AUDIENCE = "audience";
	private static final List<String> SHARED_VARIABLES = List.of(SipVariables.SIP_ID, SipVariables.UNIT_NAME,
			SipVariables.INITIATING_ORGANISATION, SipVariables.MEETING_DATE, SipVariables.MEETING_TIME, SipVariables.MEETING_LOCATION,
			SipVariables.HUVUDANSVAR, SipVariables.FOLLOW_UP_DATE, SipVariables.PLAN_VERSION);

	private final MailNotifier mailNotifier;
	private final CareUnits careUnits;

	NotifySipParticipantsDelegate(MailNotifier mailNotifier, CareUnits careUnits) {
		this.mailNotifier = mailNotifier;
		this.careUnits = careUnits;
	}

	record Recipient(String name, String email) {
	}

	@Override
	public void execute(DelegateExecution execution) {
		String template = (String) execution.getVariableLocal(MAIL_TEMPLATE);
		Map<String, Object> model = new HashMap<>();
		SHARED_VARIABLES.forEach(name -> {
			Object value = execution.getVariable(name);
			if (value != null) {
				model.put(name, value);
			}
		});
		if (execution.hasVariable(SipVariables.ACTIONS)) {
			SipPlan.Parsed plan = SipPlan.parse(execution.getVariable(SipVariables.ACTIONS), null, null);
			// dates as the plan wrote them: the mail formatter renders date-times, not dates
			model.put(SipVariables.ACTIONS, plan.plan().actions().stream()
				.map(action -> Map.of("what", String.valueOf(action.what()), "responsibleOrganisation", String.valueOf(action.responsibleOrganisation()),
						"responsibleUnit", String.valueOf(action.responsibleUnit()), "dueBy", String.valueOf(action.dueBy())))
				.toList());
		}
		for (Recipient recipient : recipients(execution, "all".equals(execution.getVariableLocal(AUDIENCE)))) {
			Map<String, Object> personal = new HashMap<>(model);
			personal.put("recipientName", recipient.name());
			mailNotifier.send(execution, recipient.email(), template, personal);
		}
	}

	private List<Recipient> recipients(DelegateExecution execution, boolean all) {
		SipParticipants participants = SipParticipants.from(execution);
		List<Recipient> recipients = new ArrayList<>();
		if (all) {
			CareUnit coordinator = careUnits.get((String) execution.getVariable(SipVariables.UNIT_ID));
			recipients.add(new Recipient(coordinator.name(), coordinator.teamMail()));
			participants.regionUnitIds().stream().map(careUnits::get)
				.forEach(unit -> recipients.add(new Recipient(unit.name(), unit.teamMail())));
		}
		participants.external().forEach(person -> recipients.add(new Recipient(person.name(), person.email())));
		return recipients;
	}

}
