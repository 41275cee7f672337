package se.vardflode.triage;

import static se.vardflode.kernel.ProcessVariable.date;
import static se.vardflode.kernel.ProcessVariable.string;

import java.util.Date;

import se.vardflode.kernel.ProcessVariable;

/**
 * {@code processes/promised-call-back.bpmn} ("Utlovad återuppringning"): called by pst-triage when a call-back was
 * promised, or started by the advice line itself.
 */
public final class CallBackProcess {

	public static final String KEY = "promised-call-back";

	static final String CALL_PATIENT = "callPatient";
	/** Reached: the promised time passed without a registered call (the KPI's missed call-backs). */
	public static final String CALL_BACK_TIME_PASSED = "callBackTimePassed";
	static final String CALL_PATIENT_OVERDUE = "callPatientOverdue";

	/** The unit whose team calls back (the KPI's unit). */
	public static final ProcessVariable<String> UNIT_ID = string("unitId");
	static final ProcessVariable<Date> CALL_BACK_AT = date("callBackAt");
	static final ProcessVariable<String> CONTACT_REASON = string("contactReason");

	private CallBackProcess() {
	}

}
