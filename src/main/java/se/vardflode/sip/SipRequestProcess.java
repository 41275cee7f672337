package se.vardflode.sip;

import static se.vardflode.kernel.ProcessVariable.date;
import static se.vardflode.kernel.ProcessVariable.string;

import java.util.Date;

import se.vardflode.kernel.ProcessVariable;

/**
 * {@code processes/sip-request.bpmn} as the code sees it: a patient's or a custodian's own request for a SIP, the
 * unit's decision with its deadline and the answer back in the patient page.
 */
final class SipRequestProcess {

	static final String KEY = "sip-request";

	// activity ids
	static final String DECIDE = "decideOnSipRequest";
	static final String DECISION_DUE = "sipRequestDecisionDue";
	static final String REMIND_UNIT = "remindUnitOfSipRequest";
	static final String START_SIP = "startRequestedSip";
	static final String ANSWER = "answerSipRequest";
	static final String ANSWERED = "sipRequestAnswered";

	// started with (POST /api/patient/sip-requests)
	static final ProcessVariable<String> REQUEST_ID = string("requestId");
	/** The person the SIP would be about: the requester herself, or her child. */
	static final ProcessVariable<String> PATIENT_REFERENCE = SipProcess.PATIENT_REFERENCE;
	static final ProcessVariable<String> PATIENT_NAME = SipProcess.PATIENT_NAME;
	/** Who asked ({@code patient:} reference): she gets the answer. */
	static final ProcessVariable<String> REQUESTER_REFERENCE = string("requesterReference");
	static final ProcessVariable<String> REQUESTER_EMAIL = string("requesterEmail");
	/** For a child: the requester and the other custodian, JSON text as {@link SipPatientSide} keeps them. */
	static final ProcessVariable<String> CUSTODIANS = SipProcess.CUSTODIANS;
	static final ProcessVariable<String> UNIT_ID = SipProcess.UNIT_ID;
	static final ProcessVariable<String> UNIT_NAME = SipProcess.UNIT_NAME;
	static final ProcessVariable<String> REQUEST_REASON = string("requestReason");
	static final ProcessVariable<Date> REQUESTED_AT = date("requestedAt");
	static final ProcessVariable<Date> DECISION_DUE_AT = date("decisionDue");
	static final ProcessVariable<String> DECISION_DUE_TEXT = string("decisionDueText");
	/** The decision form's select and checklist options, JSON values. */
	static final String ORGANISATION_OPTIONS = "organisationOptions";
	static final String UNIT_OPTIONS = "unitOptions";

	// the decision (form sip-request-decision)
	static final ProcessVariable<String> DECISION = string("sipRequestDecision");
	static final ProcessVariable<String> ANSWER_TEXT = string("sipRequestAnswer");
	static final ProcessVariable<String> INITIATING_ORGANISATION = SipProcess.INITIATING_ORGANISATION;
	static final ProcessVariable<Object> REGION_UNIT_IDS = ProcessVariable.of("regionUnitIds", Object.class);
	static final ProcessVariable<Object> EXTERNAL_PARTICIPANTS = ProcessVariable.of("externalParticipants", Object.class);
	/** The SIP a granted request started. */
	static final ProcessVariable<String> SIP_ID = string("startedSipId");
	static final ProcessVariable<Date> ANSWERED_AT = date("answeredAt");

	private SipRequestProcess() {
	}

}
