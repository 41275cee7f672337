package se.vardflode.sip;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.Variables.SerializationDataFormats;
import org.camunda.spin.plugin.variable.SpinValues;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

import se.vardflode.identity.CareUnits;
import se.vardflode.patient.CasePatients;
import se.vardflode.patient.PatientAssignee;
import se.vardflode.sip.SipRequestValidator.ValidSipRequest;

/** Starts a SIP from a validated request and correlates the patient's withdrawal of consent. */
@Service
class SipCoordination {

	static final String PROCESS_KEY = SipRequestValidator.PROCESS_KEY;
	static final String CONSENT_WITHDRAWN_MESSAGE = "sipConsentWithdrawn";
	/**
	 * Patient tasks are assigned to {@code patient-<12 digits of the personnummer>}: the patient page finds a
	 * signed-in patient's tasks by this assignee, and no staff account can have that id.
	 */

	private static final Logger log = LoggerFactory.getLogger(SipCoordination.class);

	private final RuntimeService runtimeService;
	private final SipSettings settings;
	private final CareUnits careUnits;

	SipCoordination(RuntimeService runtimeService, SipSettings settings, CareUnits careUnits) {
		this.runtimeService = runtimeService;
		this.settings = settings;
		this.careUnits = careUnits;
	}

	/** Starts the SIP up to the consent task, in one transaction: either all of it exists or nothing. */
	ProcessInstance request(ValidSipRequest request, String requestedBy) {
		String sipId = "SIP-" + UUID.randomUUID();
		SipParticipants participants = request.participants();
		VariableMap variables = Variables.createVariables()
			.putValue(SipVariables.SIP_ID, sipId)
			.putValue(SipVariables.PATIENT_REFERENCE, PatientAssignee.of(request.patient()))
			.putValue(SipVariables.INITIATING_ORGANISATION, participants.initiatingOrganisation())
			.putValue(SipVariables.UNIT_ID, request.initiatingUnit().id())
			.putValue(SipVariables.UNIT_NAME, request.initiatingUnit().name())
			.putValue(SipVariables.REASON, request.reason())
			.putValue(SipVariables.REQUESTED_BY, requestedBy)
			.putValue(SipVariables.SIP_REQUESTED_AT, ClockUtil.getCurrentTime())
			.putValue(SipVariables.REGION_PARTICIPANT_UNITS, Variables.objectValue(new ArrayList<>(participants.regionUnitIds()))
				.serializationDataFormat(SerializationDataFormats.JSON).create())
			.putValue(SipVariables.EXTERNAL_PARTICIPANTS, participants.externalJson())
			.putValue(SipVariables.HUVUDANSVAR_OPTIONS,
					SpinValues.jsonValue(toJson(participants.organisationOptions(settings.regionOrganisation()))).create())
			.putValue(SipVariables.PARTICIPANT_OPTIONS,
					SpinValues.jsonValue(toJson(participants.participantOptions(id -> careUnits.get(id).name()))).create())
			.putValue(SipVariables.CONSENT_REMINDER_AFTER, settings.consentReminderAfter().toString())
			.putValue(SipVariables.CONSENT_FOLLOW_UP_AFTER, settings.consentFollowUpAfter().toString());
		if (request.patientEmail() != null) {
			variables.putValue(SipVariables.PATIENT_EMAIL, request.patientEmail());
		}
		if (request.patientName() != null) {
			variables.putValue(CasePatients.PATIENT_NAME, request.patientName().value());
		}
		ProcessInstance instance = runtimeService.startProcessInstanceByKey(PROCESS_KEY, sipId, variables);
		log.info("SIP {} requested by {} for unit {}", sipId, requestedBy, request.initiatingUnit().id());
		return instance;
	}

	enum Withdrawal {
		WITHDRAWN, NOT_FOUND, ALREADY_WITHDRAWN
	}

	/**
	 * Ends the SIP because the patient withdrew consent. Only staff of the initiating or a participating region unit
	 * may record it; to anyone else the SIP does not exist.
	 */
	Withdrawal withdrawConsent(String sipId, String userId, Set<String> callerGroups) {
		ProcessInstance instance = runtimeService.createProcessInstanceQuery().processDefinitionKey(PROCESS_KEY)
			.processInstanceBusinessKey(sipId).singleResult();
		if (instance == null || !involves(instance, callerGroups)) {
			return Withdrawal.NOT_FOUND;
		}
		// the withdrawal's own notices may still be under way: the SIP runs, but no longer waits for the message
		if (runtimeService.createEventSubscriptionQuery().processInstanceId(instance.getId()).eventName(CONSENT_WITHDRAWN_MESSAGE)
			.count() == 0) {
			return Withdrawal.ALREADY_WITHDRAWN;
		}
		runtimeService.createMessageCorrelation(CONSENT_WITHDRAWN_MESSAGE)
			.processInstanceId(instance.getId())
			.setVariable(SipVariables.CONSENT_WITHDRAWN_AT, ClockUtil.getCurrentTime())
			.setVariable(SipVariables.CONSENT_WITHDRAWN_BY, userId)
			.correlateWithResult();
		log.info("SIP {}: consent withdrawal recorded by {}", sipId, userId);
		return Withdrawal.WITHDRAWN;
	}

	private boolean involves(ProcessInstance instance, Set<String> callerGroups) {
		Map<String, Object> variables = runtimeService.getVariables(instance.getId(),
				java.util.List.of(SipVariables.UNIT_ID, SipVariables.REGION_PARTICIPANT_UNITS));
		if (callerGroups.contains(variables.get(SipVariables.UNIT_ID))) {
			return true;
		}
		Object units = variables.get(SipVariables.REGION_PARTICIPANT_UNITS);
		return units instanceof Collection<?> ids && ids.stream().anyMatch(callerGroups::contains);
	}

	static String toJson(Object value) {
		try {
			return new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(value);
		}
		catch (com.fasterxml.jackson.core.JsonProcessingException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
