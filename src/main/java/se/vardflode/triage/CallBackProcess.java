package se.vardflode.triage;

import static se.vardflode.kernel.ProcessVariable.bool;
import static se.vardflode.kernel.ProcessVariable.date;
import static se.vardflode.kernel.ProcessVariable.integer;
import static se.vardflode.kernel.ProcessVariable.string;

import java.util.Date;

import se.vardflode.kernel.ProcessVariable;

/**
 * {@code processes/promised-call-back.bpmn} ("Utlovad återuppringning"): called by pst-triage when the advice line
 * promised a call-back, or started through {@link CallBacks#promise} ({@code POST /api/call-backs}) by any unit that
 * may start it, PST among them. A patient who does not answer is called again as {@code vardflode.call-back.retries}
 * says, then messaged, and the unit follows up.
 */
public final class CallBackProcess {

	public static final String KEY = "promised-call-back";

	static final String CALL_PATIENT = "callPatient";
	/** Reached: the promised time passed without a registered call (the KPI's missed call-backs). */
	public static final String CALL_BACK_TIME_PASSED = "callBackTimePassed";
	static final String CALL_PATIENT_OVERDUE = "callPatientOverdue";
	static final String CALL_PATIENT_AGAIN = "callPatientAgain";
	static final String NEXT_ATTEMPT_DUE = "nextAttemptDue";
	static final String PLAN_NEXT_ATTEMPT = "planNextAttempt";
	/** Reached: no attempt reached the patient; the unit follows her up (the KPI's unreached patients). */
	public static final String FOLLOW_UP_UNREACHED_PATIENT = "followUpUnreachedPatient";
	static final String MESSAGE_UNREACHED_PATIENT = "messageUnreachedPatient";
	static final String CALL_MADE = "callMade";

	/** The unit whose team calls back (the KPI's unit). */
	public static final ProcessVariable<String> UNIT_ID = string("unitId");
	static final ProcessVariable<Date> CALL_BACK_AT = date("callBackAt");
	static final ProcessVariable<String> CONTACT_REASON = string("contactReason");
	/** Given when started through {@link CallBacks}; a triage's call-back reads the triage's. */
	static final ProcessVariable<String> PERSONNUMMER = string("personnummer");
	static final ProcessVariable<String> PATIENT_REFERENCE = string("patientReference");
	static final ProcessVariable<String> PATIENT_EMAIL = string("patientEmail");
	static final ProcessVariable<String> PATIENT_PHONE = string("patientPhone");
	static final ProcessVariable<String> PATIENT_NAME = string(se.vardflode.kernel.PatientName.VARIABLE);
	/** From the form call-back-outcome: {@code yes} or {@code no-answer}. */
	static final ProcessVariable<String> PATIENT_REACHED = string("patientReached");
	/** How many calls the patient has not answered so far. */
	static final ProcessVariable<Integer> CALL_BACK_ATTEMPTS = integer("callBackAttempts");
	static final ProcessVariable<Boolean> ANOTHER_ATTEMPT = bool("anotherAttempt");
	static final ProcessVariable<Date> NEXT_CALL_BACK_AT = date("nextCallBackAt");
	static final ProcessVariable<Date> FOLLOW_UP_DUE = date("followUpDue");
	/** Whether the unreached patient could be sent a notice (she may have no mail address). */
	static final ProcessVariable<Boolean> PATIENT_MESSAGED = bool("patientMessaged");

	private CallBackProcess() {
	}

}
