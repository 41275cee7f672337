package se.vardflode.triage;

import org.springframework.stereotype.Component;

import se.vardflode.taskcontext.CaseTask;
import se.vardflode.taskcontext.TaskContext;
import se.vardflode.taskcontext.TaskContextSource;

/**
 * What "Utlovad återuppringning" shows the nurse who calls: whom to call (the patient's header, the number she gave,
 * the call-back's own or the triage's that promised it), what was promised and when, why she called, and on a new
 * attempt or the follow-up how many calls went unanswered and whether the patient was told.
 */
@Component
class CallBackTaskContext implements TaskContextSource {

	static final String NO_PHONE = "inget nummer angivet – se journalen";

	private static String deadline(String activityId) {
		return switch (activityId) {
			case CallBackProcess.CALL_PATIENT_OVERDUE -> "Utlovad tid har passerat: ring så snart du kan";
			case CallBackProcess.CALL_PATIENT_AGAIN -> "Nytt försök: patienten svarade inte förra gången";
			case CallBackProcess.FOLLOW_UP_UNREACHED_PATIENT -> "Patienten har inte gått att nå: följ upp";
			default -> "Utlovad återuppringning";
		};
	}

	@Override
	public String processKey() {
		return CallBackProcess.KEY;
	}

	@Override
	public void describe(CaseTask task, TaskContext context) {
		context.fromUnit(task.get(CallBackProcess.UNIT_ID).orElse(null))
			.deadline(deadline(task.activityId()))
			.finding("Ring", task.get(CallBackProcess.PATIENT_PHONE).orElse(NO_PHONE))
			.finding("Utlovad tid", task.get(CallBackProcess.CALL_BACK_AT).orElse(null));
		task.get(CallBackProcess.CALL_BACK_ATTEMPTS).ifPresent(unanswered -> context.finding("Obesvarade samtal", String.valueOf(unanswered)));
		if (CallBackProcess.FOLLOW_UP_UNREACHED_PATIENT.equals(task.activityId())) {
			context.finding("Meddelande till patienten", "ett mejl om att vården har sökt patienten skickas; utan "
					+ "e-postadress får patienten inget – nå patienten på annat sätt");
		}
		context.text("Kontaktorsak", task.get(CallBackProcess.CONTACT_REASON).orElse(null));
	}

}
