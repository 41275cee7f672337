package se.vardflode.chat;

import static se.vardflode.kernel.ProcessVariable.bool;
import static se.vardflode.kernel.ProcessVariable.string;

import se.vardflode.kernel.ProcessVariable;

/**
 * {@code processes/chat-participant-consent.bpmn} ("Ny deltagare i chatten"): a custodian joins a BVC chat on the
 * unit's word, answering the invitation herself; anyone else joins only with the consent of a custodian in it (at MVC:
 * the patient). Business key: the chat's id.
 */
final class ChatConsentProcess {

	static final String KEY = "chat-participant-consent";

	// activity ids
	static final String GIVE_CONSENT = "giveConsent";
	static final String ACCEPT_INVITATION = "acceptInvitation";
	static final String SEND_INVITATION = "sendInvitation";
	static final String SEND_CONSENT_REQUEST = "sendConsentRequest";
	static final String ADD_PARTICIPANT = "addParticipant";

	static final ProcessVariable<String> CHAT_ID = ChatProcess.CHAT_ID;
	static final ProcessVariable<String> PATIENT_REFERENCE = ChatProcess.PATIENT_REFERENCE;
	static final ProcessVariable<String> UNIT_ID = ChatProcess.UNIT_ID;
	/** Twelve digits, validated by the request; the pending request is found by it. */
	static final ProcessVariable<String> NEW_PARTICIPANT_PERSONNUMMER = string("newParticipantPersonnummer");
	static final ProcessVariable<String> NEW_PARTICIPANT_EMAIL = string("newParticipantEmail");
	/** The unit's word that the one joining is the child's custodian: she or he answers, no one else. */
	static final ProcessVariable<Boolean> NEW_PARTICIPANT_CUSTODIAN = bool("newParticipantCustodian");
	/**
	 * The assignee of the answer: the joining custodian herself, or for anyone else the first custodian in the chat
	 * (BVC) or the patient (MVC).
	 */
	static final ProcessVariable<String> CONSENTING_PATIENT_REFERENCE = string("consentingPatientReference");
	static final ProcessVariable<String> CONSENTING_EMAIL = string("consentingEmail");
	/** {@code vardflode.chat.consent-answer-period}: the consent task's due date and the timer that lets it lapse. */
	static final ProcessVariable<String> CONSENT_ANSWER_PERIOD = string("consentAnswerPeriod");
	/** From the form guardian-consent: {@code yes} or {@code no}. */
	static final ProcessVariable<String> CONSENT = string("consent");

	private ChatConsentProcess() {
	}

}
