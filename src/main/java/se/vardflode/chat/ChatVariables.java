package se.vardflode.chat;

/** Names of the process variables of chat-enrollment.bpmn, shared by the API, the delegates and the tests. */
final class ChatVariables {

	static final String CHAT_ID = "chatId";
	/**
	 * The chat's patient (the child at BVC) as {@code patient:} and twelve digits: which patient's record the chat's
	 * processes are, for the PDL access log of staff reads.
	 */
	static final String PATIENT_REFERENCE = "patientReference";
	static final String UNIT_ID = "unitId";
	static final String CARE_TYPE = "careType";
	/** MVC: the expected due date as an ISO date string. */
	static final String DUE_DATE = "dueDate";
	/** When the chat opened: the instant its period is counted from. */
	static final String OPENED_AT = "openedAt";
	static final String EXPIRES_AT = "expiresAt";
	static final String REMINDER_AT = "reminderAt";
	/** From the form chat-extension: {@code extend} or {@code close}. */
	static final String CHAT_DECISION = "chatDecision";
	static final String EXTENSION_MONTHS = "extensionMonths";
	static final String EXTENSION_REASON = "extensionReason";
	static final String CLOSED_BY = "closedBy";
	static final String CLOSED_BY_USER = "closedByUser";
	static final String CLOSE_REASON = "closeReason";
	/** Input parameter of the mail tasks. */
	static final String MAIL_TEMPLATE = "mailTemplate";
	/** MVC: the child's birth date as an ISO date string, set by the message deliveryRegistered. */
	static final String BIRTH_DATE = "birthDate";
	static final String BVC_CHAT_ID = "bvcChatId";
	/** Input parameter of a mail task that mails one address instead of everyone in the chat. */
	static final String MAIL_TO = "mailTo";
	static final String NEW_PARTICIPANT_PERSONNUMMER = "newParticipantPersonnummer";
	static final String NEW_PARTICIPANT_EMAIL = "newParticipantEmail";
	static final String CONSENTING_PATIENT_REFERENCE = "consentingPatientReference";
	static final String CONSENTING_EMAIL = "consentingEmail";
	/** From the form guardian-consent: {@code yes} or {@code no}. */
	static final String CONSENT = "consent";

	private ChatVariables() {
	}

}
