package se.vardflode.sip;

/** Names of the SIP process's variables; tests, history queries and the KPI work use them. */
final class SipVariables {

	static final String SIP_ID = "sipId";
	static final String PATIENT_REFERENCE = "patientReference";
	static final String PATIENT_EMAIL = "patientEmail";
	static final String INITIATING_ORGANISATION = "initiatingOrganisation";
	/** The initiating unit: its coordinator works the SIP (same name as elsewhere, so notifyUnitTeamDelegate mails its team). */
	static final String UNIT_ID = "unitId";
	static final String UNIT_NAME = "unitName";
	static final String REASON = "reason";
	static final String REQUESTED_BY = "requestedBy";
	static final String REGION_PARTICIPANT_UNITS = "regionParticipantUnits";
	static final String EXTERNAL_PARTICIPANTS = "externalParticipants";
	static final String HUVUDANSVAR_OPTIONS = "huvudansvarOptions";
	static final String CONSENT_REMINDER_AFTER = "consentReminderAfter";
	static final String CONSENT_FOLLOW_UP_AFTER = "consentFollowUpAfter";

	// KPI signals (see README): when requested, consented, the meeting held and whether within the deadline
	static final String SIP_REQUESTED_AT = "sipRequestedAt";
	static final String CONSENTED_AT = "consentedAt";
	static final String MEETING_DEADLINE = "meetingDeadline";
	static final String MEETING_DEADLINE_TEXT = "meetingDeadlineText";
	static final String MEETING_HELD_AT = "meetingHeldAt";
	static final String MEETING_HELD_WITHIN_DEADLINE = "meetingHeldWithinDeadline";
	static final String MEETING_DEADLINE_MISSED = "meetingDeadlineMissed";

	static final String CONSENT = "consent";
	static final String PARTICIPANT_OPTIONS = "participantOptions";
	static final String ACCEPTED_PARTICIPANTS = "acceptedParticipants";
	static final String CONSENT_REMINDED_AT = "consentRemindedAt";
	static final String CONSENT_WITHDRAWN_AT = "consentWithdrawnAt";
	static final String CONSENT_WITHDRAWN_BY = "consentWithdrawnBy";

	static final String MEETING_DATE = "meetingDate";
	static final String MEETING_TIME = "meetingTime";
	static final String MEETING_PLACE = "meetingPlace";
	static final String MEETING_VIDEO_LINK = "meetingVideoLink";
	static final String MEETING_AT = "meetingAt";
	static final String MEETING_LOCATION = "meetingLocation";
	static final String MEETING_HELD = "meetingHeld";
	static final String CONFIRMED_PARTICIPANTS = "confirmedParticipants";
	static final String PARTICIPANT_UNIT = "participantUnit";
	static final String ATTENDING = "attending";
	static final String REPRESENTATIVE = "representative";

	static final String ACTIONS = "actions";
	static final String HUVUDANSVAR = "huvudansvar";
	static final String FOLLOW_UP_DATE = "followUpDate";
	static final String FOLLOW_UP_AT = "followUpAt";
	static final String PLAN_VERSION = "planVersion";
	static final String FOLLOW_UP_DECISION = "followUpDecision";

	private SipVariables() {
	}

}
