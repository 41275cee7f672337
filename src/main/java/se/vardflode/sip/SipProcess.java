package se.vardflode.sip;

import static se.vardflode.kernel.ProcessVariable.bool;
import static se.vardflode.kernel.ProcessVariable.date;
import static se.vardflode.kernel.ProcessVariable.integer;
import static se.vardflode.kernel.ProcessVariable.string;

import java.util.Collection;
import java.util.Date;

import se.vardflode.kernel.PatientName;
import se.vardflode.kernel.ProcessVariable;

/**
 * {@code processes/sip-coordination.bpmn} as the code sees it: key, message, the activity ids that tests and the SIP
 * KPIs read, and its variables with their types. Running SIPs (they run as long as the plan is followed up) and their
 * history keep these names.
 */
public final class SipProcess {

	public static final String KEY = "sip-coordination";

	/** {@code POST /api/sip/{id}/withdraw-consent}. */
	static final String CONSENT_WITHDRAWN = "sipConsentWithdrawn";

	// activity ids
	static final String GIVE_CONSENT = "giveConsent";
	static final String CONSENT_REMINDER_DUE = "consentReminderDue";
	static final String CONSENT_ANSWER_MISSING = "consentAnswerMissing";
	static final String CONTACT_PATIENT_ABOUT_CONSENT = "contactPatientAboutConsent";
	static final String RECORD_CONSENT = "recordConsent";
	static final String SCHEDULE_MEETING = "scheduleMeeting";
	static final String SEND_MEETING_INVITATIONS = "sendMeetingInvitations";
	static final String CONFIRM_ATTENDANCE = "confirmAttendance";
	static final String RECORD_MEETING_HELD = "recordMeetingHeld";
	static final String MEETING_DEADLINE_PASSED = "meetingDeadlinePassed";
	/** Completed: the plan is in force (the KPI's plans in force). */
	public static final String WRITE_PLAN = "writePlan";
	static final String SEND_PLAN_TO_PARTICIPANTS = "sendPlanToParticipants";
	static final String FOLLOW_UP_DUE = "followUpDue";
	static final String FOLLOW_UP_PLAN = "followUpPlan";

	// started with (POST /api/sip-requests)
	static final ProcessVariable<String> SIP_ID = string("sipId");
	static final ProcessVariable<String> PATIENT_REFERENCE = string("patientReference");
	static final ProcessVariable<String> PATIENT_EMAIL = string("patientEmail");
	/** The patient's name as given in the request, when it was: the task header's name. */
	static final ProcessVariable<String> PATIENT_NAME = string(PatientName.VARIABLE);
	static final ProcessVariable<String> INITIATING_ORGANISATION = string("initiatingOrganisation");
	/**
	 * The initiating unit: its coordinator works the SIP (the name every pathway uses, so that notifyUnitTeamDelegate
	 * mails its team); the SIP KPIs are per this unit.
	 */
	public static final ProcessVariable<String> UNIT_ID = string("unitId");
	static final ProcessVariable<String> UNIT_NAME = string("unitName");
	static final ProcessVariable<String> REASON = string("reason");
	static final ProcessVariable<String> REQUESTED_BY = string("requestedBy");
	/** Region unit ids, a JSON list. */
	@SuppressWarnings("rawtypes")
	static final ProcessVariable<Collection> REGION_PARTICIPANT_UNITS = ProcessVariable.of("regionParticipantUnits", Collection.class);
	/** People outside the region, JSON text ({@link SipParticipants#externalJson()}). */
	static final ProcessVariable<String> EXTERNAL_PARTICIPANTS = string("externalParticipants");
	/** The plan form's select options for huvudansvar, a JSON value. */
	static final String HUVUDANSVAR_OPTIONS = "huvudansvarOptions";
	/** The consent form's checklist options, a JSON value. */
	static final String PARTICIPANT_OPTIONS = "participantOptions";
	/** One of {@code vardflode.sip.municipalities}, when the request named it: huvudansvar is it or the region. */
	static final ProcessVariable<String> MUNICIPALITY = string("municipality");
	/** A child's custodians, JSON text ({@link SipPatientSide}); {@code []} for an adult. */
	static final ProcessVariable<String> CUSTODIANS = string("custodians");
	/** Whether the patient herself consents and is told (an adult, or a child from the configured age). */
	static final ProcessVariable<Boolean> PATIENT_TAKES_PART = bool("patientTakesPart");
	/** The assignees of the consent tasks ({@code patient:} references), a JSON list: one "Samtycke till SIP" each. */
	@SuppressWarnings("rawtypes")
	static final ProcessVariable<Collection> CONSENT_GIVERS = ProcessVariable.of("consentGivers", Collection.class);
	/** The assignee of one consent task (the multi-instance element). */
	static final ProcessVariable<String> CONSENT_GIVER = string("consentGiver");
	/** Whom one consent task asks about, as the form says it: "Dig själv" or the child. */
	static final ProcessVariable<String> CONSENT_SUBJECT = string("consentSubject");
	/** How a custodian's form names the child. */
	static final ProcessVariable<String> CHILD_DESCRIPTION = string("childDescription");
	/** Each party's answer, for the coordinator ("Vårdnadshavare 1: ja; …"). */
	static final ProcessVariable<String> CONSENT_ANSWERS = string("consentAnswers");
	/** What the parties wrote about who may know what, for the coordinator. */
	static final ProcessVariable<String> CONSENT_NOTES = string("consentNotes");
	static final ProcessVariable<String> CONSENT_REMINDER_AFTER = string("consentReminderAfter");
	static final ProcessVariable<String> CONSENT_FOLLOW_UP_AFTER = string("consentFollowUpAfter");

	// KPI signals (README): when requested, consented, the meeting held and whether within the deadline
	static final ProcessVariable<Date> SIP_REQUESTED_AT = date("sipRequestedAt");
	public static final ProcessVariable<Date> CONSENTED_AT = date("consentedAt");
	static final ProcessVariable<Date> MEETING_DEADLINE = date("meetingDeadline");
	static final ProcessVariable<String> MEETING_DEADLINE_TEXT = string("meetingDeadlineText");
	public static final ProcessVariable<Date> MEETING_HELD_AT = date("meetingHeldAt");
	public static final ProcessVariable<Boolean> MEETING_HELD_WITHIN_DEADLINE = bool("meetingHeldWithinDeadline");
	static final ProcessVariable<Boolean> MEETING_DEADLINE_MISSED = bool("meetingDeadlineMissed");

	// the patient's consent (form sip-consent) and its withdrawal
	/**
	 * {@code yes} once every party has said yes, {@code no} as soon as one says no (each party's own answer stays
	 * local to her consent task, so that one custodian never sees what the other answered).
	 */
	static final ProcessVariable<String> CONSENT = string("consent");
	static final ProcessVariable<String> DECLINE_REASON = string("declineReason");
	static final ProcessVariable<String> INFORMATION_LIMITS = string("informationLimits");
	static final ProcessVariable<String> RELATIVES_TAKING_PART = string("relativesTakingPart");
	/** The consent form's checklist: region unit ids and external people's e-mail addresses, JSON or a list. */
	static final ProcessVariable<Object> ACCEPTED_PARTICIPANTS = ProcessVariable.of("acceptedParticipants", Object.class);
	static final ProcessVariable<Date> CONSENT_REMINDED_AT = date("consentRemindedAt");
	static final ProcessVariable<Date> CONSENT_WITHDRAWN_AT = date("consentWithdrawnAt");
	static final ProcessVariable<String> CONSENT_WITHDRAWN_BY = string("consentWithdrawnBy");

	// the meeting (forms sip-meeting, sip-meeting-confirmation, sip-meeting-held)
	static final ProcessVariable<Object> MEETING_DATE = ProcessVariable.of("meetingDate", Object.class);
	static final ProcessVariable<Object> MEETING_TIME = ProcessVariable.of("meetingTime", Object.class);
	static final ProcessVariable<Object> MEETING_PLACE = ProcessVariable.of("meetingPlace", Object.class);
	static final ProcessVariable<Object> MEETING_VIDEO_LINK = ProcessVariable.of("meetingVideoLink", Object.class);
	static final ProcessVariable<Date> MEETING_AT = date("meetingAt");
	static final ProcessVariable<String> MEETING_LOCATION = string("meetingLocation");
	static final ProcessVariable<Boolean> MEETING_HELD = bool("meetingHeld");
	static final ProcessVariable<String> CONFIRMED_PARTICIPANTS = string("confirmedParticipants");
	/** The region unit of one "Bekräfta deltagande i SIP-möte" (the multi-instance element). */
	static final ProcessVariable<String> PARTICIPANT_UNIT = string("participantUnit");
	static final ProcessVariable<String> ATTENDING = string("attending");
	static final ProcessVariable<String> REPRESENTATIVE = string("representative");

	// the plan (form sip-plan) and its follow-up
	static final ProcessVariable<Object> ACTIONS = ProcessVariable.of("actions", Object.class);
	static final ProcessVariable<Object> HUVUDANSVAR = ProcessVariable.of("huvudansvar", Object.class);
	static final ProcessVariable<Object> FOLLOW_UP_DATE = ProcessVariable.of("followUpDate", Object.class);
	static final ProcessVariable<Date> FOLLOW_UP_AT = date("followUpAt");
	static final ProcessVariable<Integer> PLAN_VERSION = integer("planVersion");
	static final ProcessVariable<String> FOLLOW_UP_DECISION = string("followUpDecision");

	// the coordinator's notes, which the later tasks show in their history (SipTaskContext)
	static final ProcessVariable<String> CONSENT_FOLLOW_UP_NOTE = string("consentFollowUpNote");
	static final ProcessVariable<String> MEETING_NOTE = string("meetingNote");
	static final ProcessVariable<String> FOLLOW_UP_NOTE = string("followUpNote");

	// input parameters of the mail tasks (notifySipParticipantsDelegate)
	static final ProcessVariable<String> MAIL_TEMPLATE = string("mailTemplate");
	/** {@code external}: the people outside the region; {@code all}: also the units' teams. */
	static final ProcessVariable<String> AUDIENCE = string("audience");
	/** The message the patient side gets in the patient page ({@code mail/patient/<name>}), where the task gives one. */
	static final ProcessVariable<String> PATIENT_MESSAGE = string("patientMessage");

	private SipProcess() {
	}

}
