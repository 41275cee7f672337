package se.vardflode.sip;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.validation.DirectFieldBindingResult;
import org.springframework.validation.FieldError;
import org.springframework.validation.beanvalidation.SpringValidatorAdapter;

import se.vardflode.kernel.PatientAssignee;

/**
 * The SIP that a granted request from the patient page starts: the request (who asks, for whom, the custodians) and
 * the unit's decision form (its organisation, the units and the people outside the region it invites) as the
 * {@link SipRequest} staff would send, checked by the same Bean Validation and {@link SipRules}.
 */
@Component
class RequestedSip {

	private static final ObjectMapper JSON = new ObjectMapper();
	private static final Locale SWEDISH = Locale.forLanguageTag("sv");

	private final SipRules rules;
	private final SipSettings settings;
	private final SpringValidatorAdapter beanValidation;
	private final MessageSource messages;

	RequestedSip(SipRules rules, SipSettings settings, jakarta.validation.Validator beanValidation, MessageSource messages) {
		this.rules = rules;
		this.settings = settings;
		this.beanValidation = new SpringValidatorAdapter(beanValidation);
		this.messages = messages;
	}

	/** @param values the request's and the decision form's variables, by name */
	SipRequest from(Function<String, Object> values) {
		String patient = PatientAssignee.patientOf(String.valueOf(values.apply(SipRequestProcess.PATIENT_REFERENCE.name()))).orElseThrow()
			.formatted();
		List<SipRequest.Custodian> custodians = SipPatientSide.readCustodians(text(values.apply(SipRequestProcess.CUSTODIANS.name())))
			.stream()
			.map(custodian -> new SipRequest.Custodian(custodian.personnummer().formatted(), custodian.name().map(Object::toString).orElse(null),
					custodian.email().map(Object::toString).orElse(null)))
			.toList();
		String organisation = text(values.apply(SipRequestProcess.INITIATING_ORGANISATION.name()));
		List<String> unitIds = SipParticipants.readAccepted(values.apply(SipRequestProcess.REGION_UNIT_IDS.name()));
		return new SipRequest(patient, custodians.isEmpty() ? text(values.apply(SipRequestProcess.REQUESTER_EMAIL.name())) : null,
				organisation, text(values.apply(SipRequestProcess.UNIT_ID.name())), text(values.apply(SipRequestProcess.REQUEST_REASON.name())),
				new SipRequest.Participants(unitIds == null ? List.of() : unitIds, external(values.apply(SipRequestProcess.EXTERNAL_PARTICIPANTS.name()))),
				text(values.apply(SipRequestProcess.PATIENT_NAME.name())),
				settings.municipality(organisation).orElse(null), custodians);
	}

	/**
	 * What keeps the SIP from starting, field by field as the decision form names them: the units are its checklist
	 * {@code regionUnitIds}, the people its dynamic list {@code externalParticipants}; what the form cannot change
	 * (the request itself) is reported on {@code sipRequestDecision}.
	 */
	Map<String, String> errors(SipRequest request) {
		DirectFieldBindingResult result = new DirectFieldBindingResult(request, "request");
		beanValidation.validate(request, result);
		rules.validate(request, result);
		Map<String, String> errors = new LinkedHashMap<>();
		for (FieldError error : result.getFieldErrors()) {
			errors.putIfAbsent(formField(error.getField()), messages.getMessage(error, SWEDISH));
		}
		return errors;
	}

	private static String formField(String requestField) {
		if (requestField.startsWith("participants.regionUnitIds") || requestField.equals("participants")) {
			return SipRequestProcess.REGION_UNIT_IDS.name();
		}
		if (requestField.startsWith("participants.external")) {
			return SipRequestProcess.EXTERNAL_PARTICIPANTS.name() + requestField.substring("participants.external".length());
		}
		if (requestField.equals("initiatingOrganisation") || requestField.equals("municipality")) {
			return SipRequestProcess.INITIATING_ORGANISATION.name();
		}
		return SipRequestProcess.DECISION.name();
	}

	private static List<SipRequest.ExternalParticipant> external(Object value) {
		if (value == null) {
			return List.of();
		}
		JsonNode list;
		try {
			list = value instanceof Collection<?> || value instanceof Map<?, ?> ? JSON.valueToTree(value) : JSON.readTree(value.toString());
		}
		catch (Exception ex) {
			return List.of();
		}
		List<SipRequest.ExternalParticipant> people = new ArrayList<>();
		if (list != null && list.isArray()) {
			list.forEach(person -> people.add(new SipRequest.ExternalParticipant(field(person, "name"), field(person, "organisation"),
					field(person, "email"))));
		}
		return people;
	}

	private static String field(JsonNode node, String name) {
		JsonNode value = node.get(name);
		return value == null || value.isNull() ? null : value.asText();
	}

	private static String text(Object value) {
		return value == null ? null : value.toString();
	}

}
