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
	/** Starts a referral as a draft for the sending unit's physician ("Skriv remiss"), see {@link ReferralEntry}. */
	static final String DRAFT_REQUESTED_MESSAGE = "referralDraftRequested";

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
	static final String REGISTER_FIRST_VISIT_IN_PRIMARY_CARE = "registerFirstVisitInPrimaryCare";
	static final String DRAFT_REFERRAL = "draftReferral";
	static final String CONTACT_RECEIVER_BY_PHONE = "contactReceiverByPhone";
	static final String DECIDE_BY_ADVISERS = "decideByAdvisers";
	static final String ADVISERS_DECISION_OVERDUE = "advisersDecisionOverdue";
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
	/**
	 * The moment the referral was sent: when {@code POST /api/referrals} or the triage pathway sent it, or when the
	 * physician sent a draft. Vårdgarantin's 90 days to the first specialist visit count from here (not from
	 * acceptance), and so do the timers below and the referral KPIs: this variable is that definition, in one place.
	 */
	public static final ProcessVariable<Date> SENT_AT = date("referralSentAt");
	/** {@link #SENT_AT} plus {@code care-guarantee-warning}: the receiving unit is warned if no first visit is held. */
	static final ProcessVariable<Date> CARE_GUARANTEE_WARNING_AT = date("careGuaranteeWarningAt");
	/** {@link #SENT_AT} plus {@code care-guarantee-limit} (90 calendar days): the care guarantee's last day. */
	static final ProcessVariable<Date> CARE_GUARANTEE_DUE_AT = date("careGuaranteeDueAt");
	/** From the routing table: the sending unit phones the receiver today before the referral is assessed. */
	static final ProcessVariable<Boolean> ACUTE_CONTACT = bool("acuteContact");
	static final ProcessVariable<Date> ACUTE_CONTACT_DUE_AT = date("acuteContactDueAt");
	/** The group above both units that decides a joint consultation they disagree on. */
	static final ProcessVariable<String> ADVISERS_UNIT_ID = string("advisersUnitId");
	/** Text the triage pathway sends with its referral: scores, bands and the nurse's note, as the triage found them. */
	static final ProcessVariable<String> TRIAGE_SUMMARY = string("triageSummary");

	// recorded for follow-up (the referral KPIs)
	public static final ProcessVariable<Integer> RETURN_COUNT = integer("returnCount");
	/** Requests for more information ("Begär komplettering"); they count as bounces like returns. */
	public static final ProcessVariable<Integer> MORE_INFORMATION_COUNT = integer("moreInformationCount");
	/** Returns plus requests for more information: the second of either goes to the joint consultation. */
	public static final ProcessVariable<Integer> BOUNCE_COUNT = integer("bounceCount");
	public static final ProcessVariable<Boolean> JOINT_CONSULTATION = bool("jointConsultation");
	public static final ProcessVariable<Date> ACCEPTED_AT = date("acceptedAt");
	/** When the receiver registered the first visit: the moment it has taken over in fact and interim responsibility ends. */
	public static final ProcessVariable<Date> FIRST_VISIT_REGISTERED_AT = date("firstVisitRegisteredAt");
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
	/**
	 * "Samråd om remissen": each unit's view of who should hold the patient ({@code RECEIVING} or {@code SENDING}) —
	 * the sender's proposal with its position, the receiver's as {@code responsibleUnit} with its note. When they agree
	 * that is the decision; when they do not, the advisers decide ({@code advisersDecision}, same values).
	 */
	static final ProcessVariable<String> SENDING_UNIT_POSITION = string("sendingUnitPosition");
	static final ProcessVariable<String> SENDING_UNIT_PROPOSAL = string("sendingUnitProposal");
	static final ProcessVariable<String> RESPONSIBLE_UNIT = string("responsibleUnit");
	static final ProcessVariable<String> CONSULTATION_NOTE = string("consultationNote");
	static final ProcessVariable<String> ADVISERS_DECISION = string("advisersDecision");
	static final ProcessVariable<String> ADVISERS_NOTE = string("advisersNote");
	static final ProcessVariable<Date> ADVISERS_DECISION_DUE_AT = date("advisersDecisionDueAt");
	/** "Kontakta mottagaren per telefon": what was agreed on the phone. */
	static final ProcessVariable<String> ACUTE_CONTACT_NOTE = string("acuteContactNote");
	/** "Skriv remiss": {@code SEND} or {@code KEEP}, with why the unit keeps the patient. */
	static final ProcessVariable<String> DRAFT_DECISION = string("draftDecision");
	static final ProcessVariable<String> KEEP_NOTE = string("keepNote");

	private ReferralProcess() {
	}

}
