package se.vardflode.sip;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.spin.plugin.variable.SpinValues;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

import se.vardflode.api.ApiProblem;
import se.vardflode.identity.CareUnit;
import se.vardflode.identity.CareUnits;
import se.vardflode.kernel.CareTime;
import se.vardflode.kernel.EmailAddress;
import se.vardflode.kernel.PatientAssignee;
import se.vardflode.kernel.PatientName;
import se.vardflode.kernel.Personnummer;
import se.vardflode.kernel.ProcessVariable;
import se.vardflode.sip.SipRules.ValidCustodian;

/**
 * A patient's or a custodian's own request for a SIP (HSL 16 kap. 4 §, SoL 2 kap. 7 §: the region or the
 * municipality draws up a plan when it judges one is needed, and the person may ask for one): checked against the
 * login and the configuration, then started as {@code sip-request}, in which the unit decides within
 * {@code vardflode.sip.request-decision-deadline} and answers with its reasons in the patient page.
 */
@Service
class SipPatientRequests {

	private static final Logger log = LoggerFactory.getLogger(SipPatientRequests.class);
	private static final ObjectMapper JSON = new ObjectMapper();
	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd").withZone(CareTime.ZONE);

	private final RuntimeService runtimeService;
	private final CareUnits careUnits;
	private final SipSettings settings;

	SipPatientRequests(RuntimeService runtimeService, CareUnits careUnits, SipSettings settings) {
		this.runtimeService = runtimeService;
		this.careUnits = careUnits;
		this.settings = settings;
	}

	/** Starts the request for the unit to decide, in one transaction; refuses what the rules do not allow with a 400. */
	ProcessInstance request(PatientSipRequest request, Personnummer requester) {
		CareUnit unit = careUnits.find(request.unitId().strip()).filter(found -> found.startsProcesses().contains(SipProcess.KEY))
			.orElseThrow(() -> ApiProblem.invalidInput("unitId", "sip.patientRequest.unitId.cannotDecide", request.unitId()));
		Personnummer patient = requester;
		Optional<PatientName> patientName = Optional.empty();
		List<ValidCustodian> custodians = new ArrayList<>();
		if (request.child() != null) {
			patient = Personnummer.parse(request.child().personnummer(), CareTime.today());
			patientName = PatientName.ofOptional(request.child().name());
			if (patient.equals(requester) || !isChild(patient)) {
				throw ApiProblem.invalidInput("child.personnummer", "sip.patientRequest.child.notAChild", settings.adultAge());
			}
			if (isChild(requester)) {
				throw ApiProblem.invalidInput("child", "sip.patientRequest.child.requesterNotAnAdult", settings.adultAge());
			}
			custodians.add(new ValidCustodian(requester, Optional.empty(), EmailAddress.ofOptional(request.email())));
			if (request.otherCustodian() != null) {
				Personnummer other = Personnummer.parse(request.otherCustodian().personnummer(), CareTime.today());
				if (other.equals(requester) || other.equals(patient) || isChild(other)) {
					throw ApiProblem.invalidInput("otherCustodian.personnummer", "sip.custodian.notAnAdult", settings.adultAge());
				}
				custodians.add(new ValidCustodian(other, PatientName.ofOptional(request.otherCustodian().name()),
						EmailAddress.ofOptional(request.otherCustodian().email())));
			}
		}
		else if (request.otherCustodian() != null) {
			throw ApiProblem.invalidInput("otherCustodian", "sip.patientRequest.otherCustodian.withoutChild");
		}
		else if (isChild(requester)) {
			// her custodians consent for her (FB 6 kap. 11 §), and only they can be named here
			throw ApiProblem.invalidInput("child", "sip.patientRequest.childAlone", settings.adultAge());
		}
		Instant due = CareTime.now().plus(settings.requestDecisionDeadline());
		String requestId = "SIPB-" + UUID.randomUUID();
		VariableMap variables = ProcessVariable.with(SipRequestProcess.REQUEST_ID, requestId)
			.with(SipRequestProcess.PATIENT_REFERENCE, PatientAssignee.of(patient))
			.withOptional(SipRequestProcess.PATIENT_NAME, patientName.map(PatientName::value))
			.with(SipRequestProcess.REQUESTER_REFERENCE, PatientAssignee.of(requester))
			.withOptional(SipRequestProcess.REQUESTER_EMAIL, EmailAddress.ofOptional(request.email()).map(EmailAddress::value))
			.with(SipRequestProcess.CUSTODIANS, SipPatientSide.custodiansJson(custodians))
			.with(SipRequestProcess.UNIT_ID, unit.id())
			.with(SipRequestProcess.UNIT_NAME, unit.name())
			.with(SipRequestProcess.REQUEST_REASON, request.reason().strip())
			.with(SipRequestProcess.REQUESTED_AT, CareTime.nowAsDate())
			.with(SipRequestProcess.DECISION_DUE_AT, Date.from(due))
			.with(SipRequestProcess.DECISION_DUE_TEXT, DAY.format(due))
			.asMap();
		List<String> organisations = new ArrayList<>(List.of(settings.regionOrganisation()));
		organisations.addAll(settings.municipalities());
		variables.put(SipRequestProcess.ORGANISATION_OPTIONS, options(organisations.stream().map(name -> option(name, name)).toList()));
		variables.put(SipRequestProcess.UNIT_OPTIONS, options(careUnits.units().stream().filter(other -> !other.equals(unit))
			.map(other -> option(other.name(), other.id())).toList()));
		ProcessInstance instance = runtimeService.startProcessInstanceByKey(SipRequestProcess.KEY, requestId, variables);
		log.info("SIP request {} from the patient page for unit {}", requestId, unit.id());
		return instance;
	}

	private boolean isChild(Personnummer personnummer) {
		return personnummer.ageOn(CareTime.today()) < settings.adultAge();
	}

	private static Map<String, String> option(String label, String value) {
		Map<String, String> option = new LinkedHashMap<>();
		option.put("label", label);
		option.put("value", value);
		return option;
	}

	private static Object options(List<Map<String, String>> options) {
		try {
			return SpinValues.jsonValue(JSON.writeValueAsString(options)).create();
		}
		catch (JsonProcessingException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
