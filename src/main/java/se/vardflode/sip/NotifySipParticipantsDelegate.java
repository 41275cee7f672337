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
import se.vardflode.notification.PatientNotifier;
import se.vardflode.notification.PatientRecipient;

/**
 * Mails the SIP's participants with the template named by the task's input parameter {@code mailTemplate}:
 * {@code audience} {@code external} reaches the people outside the region, {@code all} also the initiating unit's and
 * the participating region units' teams. A mail leaves the region's systems and lands in shared mailboxes, so the
 * template sees only the SIP id, the units, the meeting's time and place and the plan's version and follow-up date —
 * never the patient's personnummer or name, the reason for the SIP, or the plan's actions and huvudansvar, which the
 * participants get at the meeting (the invitation itself says "Uppgifter om personen lämnas på mötet, inte med
 * e-post").
 *
 * <p>With the input parameter {@code patientMessage} the patient side is told too, as the SIP's participants it is:
 * the patient (an adult, or a child from {@code vardflode.sip.child-consent-age}) and a child's custodians each get
 * the message in her own patient page — the invitation with the meeting, the plan with its actions and huvudansvar —
 * and, where an address was given, only the neutral notice by mail ({@link PatientNotifier}).
 */
@Component
class NotifySipParticipantsDelegate implements JavaDelegate {

	private static final List<ProcessVariable<?>> SHARED_VARIABLES = List.of(SipProcess.SIP_ID, SipProcess.UNIT_NAME,
			SipProcess.INITIATING_ORGANISATION, SipProcess.MEETING_DATE, SipProcess.MEETING_TIME, SipProcess.MEETING_LOCATION,
			SipProcess.FOLLOW_UP_DATE, SipProcess.PLAN_VERSION);

	/** What the patient side's messages show: the meeting, the plan (its actions added), never the reason as staff wrote it. */
	private static final List<ProcessVariable<?>> PATIENT_VARIABLES = List.of(SipProcess.MEETING_DATE, SipProcess.MEETING_TIME,
			SipProcess.MEETING_LOCATION, SipProcess.HUVUDANSVAR, SipProcess.FOLLOW_UP_DATE, SipProcess.PLAN_VERSION);

	private final MailNotifier mailNotifier;
	private final PatientNotifier patientNotifier;
	private final CareUnits careUnits;

	NotifySipParticipantsDelegate(MailNotifier mailNotifier, PatientNotifier patientNotifier, CareUnits careUnits) {
		this.mailNotifier = mailNotifier;
		this.patientNotifier = patientNotifier;
		this.careUnits = careUnits;
	}

	record Recipient(String name, String email) {
	}

	@Override
	public void execute(DelegateExecution execution) {
		String template = SipProcess.MAIL_TEMPLATE.from(execution);
		Map<String, Object> model = new HashMap<>();
		SHARED_VARIABLES.forEach(variable -> variable.optionalFrom(execution).ifPresent(value -> model.put(variable.name(), value)));
		for (Recipient recipient : recipients(execution, "all".equals(SipProcess.AUDIENCE.optionalFrom(execution).orElse(null)))) {
			Map<String, Object> personal = new HashMap<>(model);
			personal.put("recipientName", recipient.name());
			mailNotifier.send(execution, recipient.email(), template, personal);
		}
		SipProcess.PATIENT_MESSAGE.optionalFrom(execution).ifPresent(message -> tellThePatientSide(execution, message));
	}

	private void tellThePatientSide(DelegateExecution execution, String message) {
		Map<String, Object> model = new HashMap<>();
		PATIENT_VARIABLES.forEach(variable -> variable.optionalFrom(execution).ifPresent(value -> model.put(variable.name(), String.valueOf(value))));
		if (SipProcess.ACTIONS.optionalFrom(execution).isPresent()) {
			// dates as the plan wrote them: the message formatter renders date-times, not dates
			model.put(SipProcess.ACTIONS.name(), SipPlan.parse(SipProcess.ACTIONS.from(execution), null, null).plan().actions().stream()
				.map(action -> Map.of("what", String.valueOf(action.what()), "responsibleOrganisation", String.valueOf(action.responsibleOrganisation()),
						"responsibleUnit", String.valueOf(action.responsibleUnit()), "dueBy", String.valueOf(action.dueBy())))
				.toList());
		}
		for (SipPatientSide.Party party : SipPatientSide.from(execution).parties()) {
			Map<String, Object> personal = new HashMap<>(model);
			personal.put("forChild", party.custodian());
			patientNotifier.notify(execution, new PatientRecipient(party.personnummer(), party.email()), SipProcess.UNIT_ID.from(execution),
					message, personal);
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
