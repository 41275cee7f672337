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
import se.vardflode.kernel.ProcessVariable;
import se.vardflode.notification.MailNotifier;

/**
 * Mails the SIP's participants with the template named by the task's input parameter {@code mailTemplate}:
 * {@code audience} {@code external} reaches the people outside the region, {@code all} also the initiating unit's and
 * the participating region units' teams. The template sees only what a participant may read — the SIP id, the units,
 * the meeting and the plan — never the patient's personnummer or the reason for the SIP.
 */
@Component
class NotifySipParticipantsDelegate implements JavaDelegate {

	private static final List<ProcessVariable<?>> SHARED_VARIABLES = List.of(SipProcess.SIP_ID, SipProcess.UNIT_NAME,
			SipProcess.INITIATING_ORGANISATION, SipProcess.MEETING_DATE, SipProcess.MEETING_TIME, SipProcess.MEETING_LOCATION,
			SipProcess.HUVUDANSVAR, SipProcess.FOLLOW_UP_DATE, SipProcess.PLAN_VERSION);

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
		String template = SipProcess.MAIL_TEMPLATE.from(execution);
		Map<String, Object> model = new HashMap<>();
		SHARED_VARIABLES.forEach(variable -> variable.optionalFrom(execution).ifPresent(value -> model.put(variable.name(), value)));
		if (SipProcess.ACTIONS.optionalFrom(execution).isPresent()) {
			SipPlan.Parsed plan = SipPlan.parse(SipProcess.ACTIONS.from(execution), null, null);
			// dates as the plan wrote them: the mail formatter renders date-times, not dates
			model.put(SipProcess.ACTIONS.name(), plan.plan().actions().stream()
				.map(action -> Map.of("what", String.valueOf(action.what()), "responsibleOrganisation", String.valueOf(action.responsibleOrganisation()),
						"responsibleUnit", String.valueOf(action.responsibleUnit()), "dueBy", String.valueOf(action.dueBy())))
				.toList());
		}
		for (Recipient recipient : recipients(execution, "all".equals(SipProcess.AUDIENCE.optionalFrom(execution).orElse(null)))) {
			Map<String, Object> personal = new HashMap<>(model);
			personal.put("recipientName", recipient.name());
			mailNotifier.send(execution, recipient.email(), template, personal);
		}
	}

	private List<Recipient> recipients(DelegateExecution execution, boolean all) {
		SipParticipants participants = SipParticipants.from(execution);
		List<Recipient> recipients = new ArrayList<>();
		if (all) {
			CareUnit coordinator = careUnits.get(SipProcess.UNIT_ID.from(execution));
			recipients.add(new Recipient(coordinator.name(), coordinator.teamMail()));
			participants.regionUnitIds().stream().map(careUnits::get)
				.forEach(unit -> recipients.add(new Recipient(unit.name(), unit.teamMail())));
		}
		participants.external().forEach(person -> recipients.add(new Recipient(person.name(), person.email())));
		return recipients;
	}

}
