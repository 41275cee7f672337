package se.vardflode.referral;

import static se.vardflode.kernel.ProcessVariable.bool;
import static se.vardflode.kernel.ProcessVariable.date;
import static se.vardflode.kernel.ProcessVariable.integer;
import static se.vardflode.kernel.ProcessVariable.string;

import java.util.Date;

import se.vardflode.kernel.PatientName;
import se.vardflode.kernel.ProcessVariable;

/**
 * {@code processes/referral-routing.bpmn} as the code sees it: key, the activity ids that tests read, and its
 * variables with their types — the ones the referral KPIs read are public. Running referrals and their history keep
 * these names.
 */
public final class ReferralProcess {

	public static final String KEY = "referral-routing";
	/** The routing table, {@code processes/referral-routing.dmn}. */
	static final String ROUTING_DECISION = "referral-receiver";

	// activity ids
	static final String ASSESS_REFERRAL = "assessReferral";
	static final String INTERIM_RESPONSIBILITY = "interimResponsibility";
	static final String INTERIM_CHECK_DUE = "interimCheckDue";
	static final String ASSESSMENT_OVERDUE = "assessmentOverdue";
	static final String COMPLETE_REFERRAL = "completeReferral";
	static final String REVISE_REFERRAL = "reviseReferral";
	static final String CONSULTATION_SENDING_UNIT = "consultationSendingUnit";
	static final String CONSULTATION_RECEIVING_UNIT = "consultationReceivingUnit";
	static final String REGISTER_FIRST_VISIT = "registerFirstVisit";
	static final String CARE_GUARANTEE_WARNING_DUE = "careGuaranteeWarningDue";
	static final String CARE_GUARANTEE_BREACH_DUE = "careGuaranteeBreachDue";

	// started with (POST /api/referrals); the routing table's facts are variables too
	static final ProcessVariable<String> REFERRAL_ID = string("referralId");
	static final ProcessVariable<String> PERSONNUMMER = string("personnummer");
	/** The patient's name as given with the referral, when it was: the task header's name. */
	static final ProcessVariable<String> PATIENT_NAME = string(PatientName.VARIABLE);
	static final ProcessVariable<String> PATIENT_EMAIL = string("patientEmail");
	public static final ProcessVariable<String> SENDING_UNIT_ID = string("sendingUnitId");
	static final ProcessVariable<String> SENDING_UNIT_NAME = string("sendingUnitName");
	public static final ProcessVariable<String> RECEIVING_UNIT_ID = string("receivingUnitId");
	static final ProcessVariable<String> RECEIVING_UNIT_NAME = string("receivingUnitName");
	/** {@code PRIMARY_TO_PSYCHIATRY} or {@code PSYCHIATRY_TO_PRIMARY}. */
	public static final ProcessVariable<String> DIRECTION = string("direction");
	static final ProcessVariable<String> REQUEST_TYPE = string("requestType");
	static final ProcessVariable<String> REASON = string("reason");
	static final ProcessVariable<String> DIAGNOSIS_CODE = string("diagnosisCode");
	static final ProcessVariable<String> DIAGNOSIS_GROUP = string("diagnosisGroup");
	static final ProcessVariable<String> SEVERITY = string("severity");
	static final ProcessVariable<Integer> AGE = integer("age");
	static final ProcessVariable<String> SUICIDE_RISK = string("suicideRisk");
	static final ProcessVariable<Integer> FAILED_ANTIDEPRESSANT_TRIALS = integer("failedAntidepressantTrials");
	static final ProcessVariable<Integer> FAILED_PSYCHOLOGICAL_TREATMENTS = integer("failedPsychologicalTreatments");
	static final ProcessVariable<Boolean> PSYCHOTIC_SYMPTOMS = bool("psychoticSymptoms");
	static final ProcessVariable<String> RECOMMENDED_FOLLOW_UP = string("recommendedFollowUp");
	/** From the routing table: {@code NORMAL} or {@code URGENT}. */
	static final ProcessVariable<String> URGENCY = string("urgency");
	static final ProcessVariable<Date> ASSESSMENT_DUE_AT = date("assessmentDueAt");
	/** ISO-8601 repeating interval of the sending unit's reminders while it keeps the patient. */
	static final ProcessVariable<String> INTERIM_CHECK_CYCLE = string("interimCheckCycle");
	static final ProcessVariable<String> CARE_GUARANTEE_WARNING_AFTER = string("careGuaranteeWarningAfter");
	static final ProcessVariable<String> CARE_GUARANTEE_LIMIT = string("careGuaranteeLimit");

	// recorded for follow-up (the referral KPIs)
	public static final ProcessVariable<Integer> RETURN_COUNT = integer("returnCount");
	public static final ProcessVariable<Boolean> JOINT_CONSULTATION = bool("jointConsultation");
	public static final ProcessVariable<Date> ACCEPTED_AT = date("acceptedAt");
	public static final ProcessVariable<Boolean> CARE_GUARANTEE_WARNING = bool("careGuaranteeWarning");
	public static final ProcessVariable<Boolean> CARE_GUARANTEE_BREACHED = bool("careGuaranteeBreached");

	// the answers of the referral's forms, which the later tasks show in their history (ReferralTaskContext)
	/** "Bedöm remiss": {@code ACCEPT}, {@code RETURN} or {@code MORE_INFORMATION}, with its reason or question. */
	static final ProcessVariable<String> ASSESSMENT = string("assessment");
	static final ProcessVariable<String> RETURN_REASON = string("returnReason");
	static final ProcessVariable<String> QUESTION = string("question");
	/** "Komplettera remissen". */
	static final ProcessVariable<String> COMPLETION = string("completion");
	/** "Revidera remissen": {@code RESEND} or {@code KEEP}, with what changed or why the sender keeps the patient. */
	static final ProcessVariable<String> REVISION = string("revision");
	static final ProcessVariable<String> REVISION_NOTE = string("revisionNote");
	/** "Interimistiskt ansvar för patienten". */
	static final ProcessVariable<String> INTERIM_CONTACT_NOTE = string("interimContactNote");
	/** "Samråd om remissen": the sender's position, then the receiver's decision ({@code RECEIVING} or {@code SENDING}). */
	static final ProcessVariable<String> SENDING_UNIT_POSITION = string("sendingUnitPosition");
	static final ProcessVariable<String> RESPONSIBLE_UNIT = string("responsibleUnit");
	static final ProcessVariable<String> CONSULTATION_NOTE = string("consultationNote");

	private ReferralProcess() {
	}

}
