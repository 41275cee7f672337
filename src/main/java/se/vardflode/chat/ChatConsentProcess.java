package se.vardflode.chat;

import static se.vardflode.kernel.ProcessVariable.string;

import se.vardflode.kernel.ProcessVariable;

/**
 * {@code processes/chat-participant-consent.bpmn} ("Ny deltagare i chatten"): a second guardian or the partner joins a
 * chat only with the consent of the one already in it. Business key: the chat's id.
 */
final class ChatConsentProcess {

	static final String KEY = "chat-participant-consent";

	// activity ids
	static final String GIVE_CONSENT = "giveConsent";
	static final String SEND_CONSENT_REQUEST = "sendConsentRequest";
	static final String ADD_PARTICIPANT = "addParticipant";

	static final ProcessVariable<String> CHAT_ID = ChatProcess.CHAT_ID;
	static final ProcessVariable<String> PATIENT_REFERENCE = ChatProcess.PATIENT_REFERENCE;
	static final ProcessVariable<String> UNIT_ID = ChatProcess.UNIT_ID;
	/** Twelve digits, validated by the request; the pending request is found by it. */
	static final ProcessVariable<String> NEW_PARTICIPANT_PERSONNUMMER = string("newParticipantPersonnummer");
	static final ProcessVariable<String> NEW_PARTICIPANT_EMAIL = string("newParticipantEmail");
	/** The assignee of the consent task: the first guardian (BVC) or the patient (MVC). */
	static final ProcessVariable<String> CONSENTING_PATIENT_REFERENCE = string("consentingPatientReference");
	static final ProcessVariable<String> CONSENTING_EMAIL = string("consentingEmail");
	/** {@code vardflode.chat.consent-answer-period}: the consent task's due date and the timer that lets it lapse. */
	static final ProcessVariable<String> CONSENT_ANSWER_PERIOD = string("consentAnswerPeriod");
	/** From the form guardian-consent: {@code yes} or {@code no}. */
	static final ProcessVariable<String> CONSENT = string("consent");

	private ChatConsentProcess() {
	}

}
