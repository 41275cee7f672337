package se.vardflode.triage;

import static se.vardflode.kernel.ProcessVariable.bool;
import static se.vardflode.kernel.ProcessVariable.date;
import static se.vardflode.kernel.ProcessVariable.integer;
import static se.vardflode.kernel.ProcessVariable.string;

import java.util.Date;

import se.vardflode.kernel.PatientName;
import se.vardflode.kernel.ProcessVariable;

/**
 * {@code processes/pst-triage.bpmn} ("Triage till PST") as the code sees it: key, the activity ids that tests and the
 * triage KPIs read, and its variables with their types. Running triages and their history keep these names.
 */
public final class TriageProcess {

	public static final String KEY = "pst-triage";

	// activity ids
	static final String TRIAGE_CONTACT = "triageContact";
	static final String PROMISED_CALL_BACK = "promisedCallBack";
	static final String SEND_QUESTIONNAIRES = "sendQuestionnaires";
	static final String SCORE_QUESTIONNAIRES = "scoreQuestionnaires";
	static final String CHECK_ANSWERS = "checkAnswers";
	static final String DECIDE_ROUTE = "decideRoute";
	static final String FOLLOW_UP_SUBSTANCE_USE = "followUpSubstanceUse";
	/** Completed: the patient is assessed by PST (the KPI's assessment time). */
	public static final String PST_ASSESSMENT = "pstAssessment";
	/** Reached: the care guarantee passed before the PST assessment. */
	public static final String PST_ASSESSMENT_OVERDUE = "pstAssessmentOverdue";
	/** Reached: acute suicide risk sent the patient to a physician the same day. */
	public static final String PHYSICIAN_ASSESSMENT_SAME_DAY = "physicianAssessmentSameDay";
	static final String PHYSICIAN_ASSESSMENT_OVERDUE = "physicianAssessmentOverdue";
	static final String OFFER_GROUP_TREATMENT = "offerGroupTreatment";
	static final String JOIN_GROUP = "joinGroup";
	/** The patient's wait for a group: its start is when she joined, its end when the group started. */
	public static final String WAIT_FOR_GROUP_START = "waitForGroupStart";
	static final String GROUP_WAIT_TOO_LONG = "groupWaitTooLong";
	static final String MAIL_GROUP_START_TO_PATIENT = "mailGroupStartToPatient";
	static final String MAIL_SELF_CARE_ADVICE = "mailSelfCareAdvice";
	static final String FOUR_WEEKS_PASSED = "fourWeeksPassed";
	/** Reached: a submitted questionnaire carried a same-day signal (questionnaire-signal) while others were open. */
	static final String SAME_DAY_SIGNAL_RAISED = "sameDaySignalRaised";
	static final String PHYSICIAN_ASSESSMENT_WITHIN_GUARANTEE = "physicianAssessmentWithinGuarantee";
	static final String PHYSICIAN_CONSULTATION = "physicianConsultation";
	static final String CONTACT_PSYCHIATRIC_EMERGENCY = "contactPsychiatricEmergency";
	static final String DOCUMENT_URGENT_REFERRAL = "documentUrgentReferral";
	static final String BOOK_HEALTH_CENTRE_FOLLOW_UP = "bookHealthCentreFollowUp";
	/** Created at the treatment decision: its start is the 90-day treatment guarantee's start. */
	public static final String START_INDIVIDUAL_TREATMENT = "startIndividualTreatment";
	static final String TREATMENT_GUARANTEE_PASSED = "treatmentGuaranteePassed";
	static final String BOOK_PHYSICIAN_VISIT = "bookPhysicianVisit";
	static final String DRAFT_PSYCHIATRY_REFERRAL = "draftPsychiatryReferral";
	static final String NOTIFY_PATIENT_NO_FURTHER_CARE = "notifyPatientNoFurtherCare";
	static final String CALL_PATIENT_NO_FURTHER_CARE = "callPatientNoFurtherCare";

	// started with (POST /api/triage-contacts)
	static final ProcessVariable<String> CONTACT_ID = string("contactId");
	static final ProcessVariable<String> PERSONNUMMER = string("personnummer");
	static final ProcessVariable<String> PATIENT_REFERENCE = string("patientReference");
	static final ProcessVariable<String> PATIENT_EMAIL = string("patientEmail");
	/** The patient's name as given at the entry point, when it was (the task header's name, see patient.PatientDirectory). */
	static final ProcessVariable<String> PATIENT_NAME = string(PatientName.VARIABLE);
	/** The number the patient asked to be called back on, for the call-back's task. */
	static final ProcessVariable<String> PATIENT_PHONE = string("patientPhone");
	/** {@link Sex}, as the personnummer records it: AUDIT's and DUDIT's cut-offs depend on it. */
	static final ProcessVariable<String> PATIENT_SEX = string("patientSex");
	static final ProcessVariable<Integer> PATIENT_AGE = integer("patientAge");
	static final ProcessVariable<String> HEALTH_CENTRE_UNIT_ID = string("healthCentreUnitId");
	static final ProcessVariable<String> HEALTH_CENTRE_NAME = string("healthCentreName");
	static final ProcessVariable<String> CHANNEL = string("channel");
	static final ProcessVariable<String> CONTACT_REASON = string("contactReason");
	static final ProcessVariable<Date> CONTACTED_AT = date("contactedAt");
	static final ProcessVariable<Boolean> CALL_BACK_PROMISED = bool("callBackPromised");
	static final ProcessVariable<Date> CALL_BACK_AT = CallBackProcess.CALL_BACK_AT;
	static final ProcessVariable<String> ADVICE_LINE_UNIT_ID = string("adviceLineUnitId");
	static final ProcessVariable<String> PHYSICIAN_UNIT_ID = string("physicianUnitId");
	/** ISO-8601 duration for the physician task's escalation timer. */
	static final ProcessVariable<String> PHYSICIAN_ESCALATION_AFTER = string("physicianEscalationAfter");
	/** The PST unit the triage serves: the triage KPIs are per this unit. */
	public static final ProcessVariable<String> PST_UNIT_ID = string("pstUnitId");
	/** ISO-8601 period, calendar days: the care guarantee for the PST assessment. */
	static final ProcessVariable<String> PST_ASSESSMENT_DEADLINE = string("pstAssessmentDeadline");
	/**
	 * The care guarantee's end for the PST assessment: {@link #PST_ASSESSMENT_DEADLINE} calendar days from the contact
	 * ({@link #CONTACTED_AT}), the moment the patient's wait started. The task's due date and its timer read it.
	 */
	public static final ProcessVariable<Date> PST_ASSESSMENT_DUE_AT = date("pstAssessmentDueAt");
	static final ProcessVariable<Boolean> SELF_CARE_FOLLOW_UP_DONE = bool("selfCareFollowUpDone");
	/** ISO-8601 period for the group wait's escalation timer. */
	static final ProcessVariable<String> GROUP_WAIT_LIMIT = string("groupWaitLimit");

	// from the form triage-assessment ("Bedöm kontakten")
	static final ProcessVariable<String> ACUTE_SUICIDE_RISK = string("acuteSuicideRisk");
	static final ProcessVariable<String> ASSESSMENT = string("assessment");
	/** The nurse's main problem: {@code DEPRESSION}, {@code ANXIETY}, {@code STRESS}, {@code ALCOHOL_DRUGS} or {@code OTHER}. */
	static final ProcessVariable<String> MAIN_PROBLEM = string("mainProblem");
	static final ProcessVariable<Boolean> SEND_PHQ9 = bool("sendPhq9");
	static final ProcessVariable<Boolean> SEND_GAD7 = bool("sendGad7");
	static final ProcessVariable<Boolean> SEND_AUDIT = bool("sendAudit");
	static final ProcessVariable<Boolean> SEND_DUDIT = bool("sendDudit");
	static final ProcessVariable<String> TRIAGED_BY = string("triagedBy");
	static final ProcessVariable<String> PHYSICIAN_DECIDED_BY = string("physicianDecidedBy");
	static final ProcessVariable<String> PST_ASSESSED_BY = string("pstAssessedBy");
	/** From the form pst-assessment: the decision, each leading to its next step in the model. */
	static final ProcessVariable<String> PST_DECISION = string("pstDecision");
	/** With the decision {@code GROUP_TREATMENT}: {@code ANXIETY_SCHOOL} or {@code STRESS_SCHOOL}. */
	static final ProcessVariable<String> PST_GROUP_TYPE = string("pstGroupType");
	/** From the form physician-assessment: the physician's decision, each leading to its next step in the model. */
	static final ProcessVariable<String> PHYSICIAN_DECISION = string("physicianDecision");
	static final ProcessVariable<String> PHYSICIAN_NOTE = string("physicianNote");
	static final ProcessVariable<String> PST_NOTE = string("pstNote");
	/**
	 * From physician-involvement (triage-signal.dmn) at routing: {@code PHYSICIAN_WITHIN_GUARANTEE},
	 * {@code PHYSICIAN_CONSULTATION} or {@code NONE}.
	 */
	static final ProcessVariable<String> PHYSICIAN_INVOLVEMENT = string("physicianInvolvement");

	// the scores ("Räkna poäng"), kept in the history with the route they lead to
	static final ProcessVariable<Integer> PHQ9_TOTAL = integer("phq9Total");
	static final ProcessVariable<String> PHQ9_BAND = string("phq9Band");
	static final ProcessVariable<Boolean> PHQ9_SUICIDE_SIGNAL = bool("phq9SuicideSignal");
	static final ProcessVariable<Integer> GAD7_TOTAL = integer("gad7Total");
	static final ProcessVariable<String> GAD7_BAND = string("gad7Band");
	static final ProcessVariable<Integer> AUDIT_TOTAL = integer("auditTotal");
	static final ProcessVariable<String> AUDIT_BAND = string("auditBand");
	static final ProcessVariable<Integer> AUDIT_RISK_CUT_OFF = integer("auditRiskCutOff");
	static final ProcessVariable<Integer> DUDIT_TOTAL = integer("duditTotal");
	static final ProcessVariable<String> DUDIT_BAND = string("duditBand");
	static final ProcessVariable<Integer> DUDIT_PROBLEM_CUT_OFF = integer("duditProblemCutOff");
	static final ProcessVariable<Boolean> ANY_QUESTIONNAIRE_ANSWERED = bool("anyQuestionnaireAnswered");
	/** The item that could not be scored, for the nurse's task "Kontrollera formulärsvar". */
	static final ProcessVariable<String> INVALID_ANSWER = string("invalidAnswer");

	/** From triage-route.dmn: {@code PHYSICIAN_SAME_DAY}, {@code PST_ASSESSMENT}, a group's route, {@code SELF_CARE}. */
	static final ProcessVariable<String> ROUTE = string("route");
	/** The referrals the triage started (business keys in referral-routing): the urgent one and PST's draft. */
	static final ProcessVariable<String> URGENT_REFERRAL_ID = string("urgentReferralId");
	static final ProcessVariable<String> REFERRAL_DRAFT_ID = string("referralDraftId");
	/** From the form group-treatment-offer: {@code ACCEPTED} or another answer. */
	static final ProcessVariable<String> GROUP_OFFER_OUTCOME = string("groupOfferOutcome");
	static final ProcessVariable<String> GROUP_OFFER_NOTE = string("groupOfferNote");
	/** The group-treatment instance the patient waits in. */
	static final ProcessVariable<String> GROUP_INSTANCE_ID = string("groupInstanceId");
	static final ProcessVariable<String> GROUP_NAME = GroupTreatmentProcess.GROUP_NAME;

	private TriageProcess() {
	}

}
