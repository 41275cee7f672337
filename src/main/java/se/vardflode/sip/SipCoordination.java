package se.vardflode.sip;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.variable.VariableMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

import se.vardflode.identity.CareUnits;
import se.vardflode.kernel.CareTime;
import se.vardflode.kernel.EmailAddress;
import se.vardflode.kernel.PatientName;
import se.vardflode.kernel.PatientAssignee;
import se.vardflode.kernel.ProcessVariable;
import se.vardflode.sip.SipRules.ValidSipRequest;

/** Starts a SIP from a validated request and correlates the patient's withdrawal of consent. */
@Service
class SipCoordination {

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
		VariableMap variables = ProcessVariable.with(SipProcess.SIP_ID, sipId)
			.with(SipProcess.PATIENT_REFERENCE, PatientAssignee.of(request.patient()))
			.with(SipProcess.INITIATING_ORGANISATION, participants.initiatingOrganisation())
			.with(SipProcess.UNIT_ID, request.initiatingUnit().id())
			.with(SipProcess.UNIT_NAME, request.initiatingUnit().name())
			.with(SipProcess.REASON, request.reason())
			.with(SipProcess.REQUESTED_BY, requestedBy)
			.with(SipProcess.SIP_REQUESTED_AT, CareTime.nowAsDate())
			.with(SipProcess.CONSENT_REMINDER_AFTER, settings.consentReminderAfter().toString())
			.with(SipProcess.CONSENT_FOLLOW_UP_AFTER, settings.consentFollowUpAfter().toString())
			.withOptional(SipProcess.PATIENT_EMAIL, request.patientEmail().map(EmailAddress::value))
			.withOptional(SipProcess.PATIENT_NAME, request.patientName().map(PatientName::value))
			.withOptional(SipProcess.MUNICIPALITY, request.municipality())
			.with(SipProcess.CHILD_DESCRIPTION, "Ditt barn " + request.patientName().map(name -> name.value() + ", ").orElse("")
					+ "född " + request.patient().birthDate())
			.asMap();
		variables.putAll(SipPatientSide.of(request, settings, CareTime.today()).asVariables());
		variables.putAll(participants.asVariables());
		variables.put(SipProcess.HUVUDANSVAR_OPTIONS, Huvudansvar.of(settings, request.municipality(), participants.initiatingOrganisation())
			.optionsValue());
		variables.put(SipProcess.PARTICIPANT_OPTIONS, participants.participantOptionsValue(id -> careUnits.get(id).name()));
		ProcessInstance instance = runtimeService.startProcessInstanceByKey(SipProcess.KEY, sipId, variables);
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
		ProcessInstance instance = runtimeService.createProcessInstanceQuery().processDefinitionKey(SipProcess.KEY)
			.processInstanceBusinessKey(sipId).singleResult();
		if (instance == null || !involves(instance, callerGroups)) {
			return Withdrawal.NOT_FOUND;
		}
		// the withdrawal's own notices may still be under way: the SIP runs, but no longer waits for the message
		if (runtimeService.createEventSubscriptionQuery().processInstanceId(instance.getId()).eventName(SipProcess.CONSENT_WITHDRAWN)
			.count() == 0) {
			return Withdrawal.ALREADY_WITHDRAWN;
		}
		runtimeService.createMessageCorrelation(SipProcess.CONSENT_WITHDRAWN)
			.processInstanceId(instance.getId())
			.setVariables(ProcessVariable.with(SipProcess.CONSENT_WITHDRAWN_AT, CareTime.nowAsDate())
				.with(SipProcess.CONSENT_WITHDRAWN_BY, userId).asMap())
			.correlateWithResult();
		log.info("SIP {}: consent withdrawal recorded by {}", sipId, userId);
		return Withdrawal.WITHDRAWN;
	}

	private boolean involves(ProcessInstance instance, Set<String> callerGroups) {
		Map<String, Object> variables = runtimeService.getVariables(instance.getId(),
				List.of(SipProcess.UNIT_ID.name(), SipProcess.REGION_PARTICIPANT_UNITS.name()));
		if (SipProcess.UNIT_ID.optionalFrom(variables).filter(callerGroups::contains).isPresent()) {
			return true;
		}
		return SipProcess.REGION_PARTICIPANT_UNITS.optionalFrom(variables).filter(ids -> ids.stream().anyMatch(callerGroups::contains))
			.isPresent();
	}

}
