package se.vardflode.triage;

import org.springframework.stereotype.Component;

import se.vardflode.taskcontext.CaseTask;
import se.vardflode.taskcontext.TaskContext;
import se.vardflode.taskcontext.TaskContextSource;

/**
 * What "Utlovad återuppringning" shows the nurse who calls: whom to call (the patient's header, the number she gave),
 * what was promised and when, and why she called.
 */
@Component
class CallBackTaskContext implements TaskContextSource {

	static final String PROCESS_KEY = "promised-call-back";
	static final String NO_PHONE = "inget nummer angivet – se journalen";

	@Override
	public String processKey() {
		return PROCESS_KEY;
	}

	@Override
	public void describe(CaseTask task, TaskContext context) {
		context.fromUnit(task.string("adviceLineUnitId").or(() -> task.string("unitId")).orElse(null));
		if ("callPatientOverdue".equals(task.activityId())) {
			context.deadline("Utlovad tid har passerat: ring så snart du kan");
		}
		else {
			context.deadline("Utlovad återuppringning");
		}
		context.finding("Ring", task.string(TriageContacts.PATIENT_PHONE).orElse(NO_PHONE))
			.finding("Utlovad tid", task.date("callBackAt").orElse(null))
			.text("Kontaktorsak", task.string("contactReason").orElse(null));
	}

}
