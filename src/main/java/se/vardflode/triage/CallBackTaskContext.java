package se.vardflode.triage;

import org.springframework.stereotype.Component;

import se.vardflode.taskcontext.CaseTask;
import se.vardflode.taskcontext.TaskContext;
import se.vardflode.taskcontext.TaskContextSource;

/**
 * What "Utlovad återuppringning" shows the nurse who calls: whom to call (the patient's header, the number she gave,
 * read from the triage that promised it), what was promised and when, and why she called.
 */
@Component
class CallBackTaskContext implements TaskContextSource {

	static final String NO_PHONE = "inget nummer angivet – se journalen";

	@Override
	public String processKey() {
		return CallBackProcess.KEY;
	}

	@Override
	public void describe(CaseTask task, TaskContext context) {
		context.fromUnit(task.get(CallBackProcess.UNIT_ID).orElse(null))
			.deadline(CallBackProcess.CALL_PATIENT_OVERDUE.equals(task.activityId()) ? "Utlovad tid har passerat: ring så snart du kan"
					: "Utlovad återuppringning")
			.finding("Ring", task.get(TriageProcess.PATIENT_PHONE).orElse(NO_PHONE))
			.finding("Utlovad tid", task.get(CallBackProcess.CALL_BACK_AT).orElse(null))
			.text("Kontaktorsak", task.get(CallBackProcess.CONTACT_REASON).orElse(null));
	}

}
