package se.vardflode.sip;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.Variables.SerializationDataFormats;
import org.camunda.spin.plugin.variable.SpinValues;

import se.vardflode.sip.SipRequest.ExternalParticipant;

/**
 * Who takes part in one SIP: the initiating organisation, region units (by their configured id) and people outside
 * the region. Kept in the process as JSON text so that history shows it as it was.
 */
record SipParticipants(String initiatingOrganisation, List<String> regionUnitIds, List<ExternalParticipant> external) {

	private static final ObjectMapper JSON = new ObjectMapper();

	SipParticipants {
		regionUnitIds = List.copyOf(regionUnitIds);
		external = List.copyOf(external);
	}

	/**
	 * Only those the patient accepted in the consent form ({@code acceptedParticipants}: region unit ids and external
	 * people's e-mail addresses). The patient decides who takes part (SoL and HSL make the SIP conditional on consent),
	 * so someone not accepted is neither invited nor told the plan.
	 */
	SipParticipants acceptedBy(Collection<String> accepted) {
		return new SipParticipants(initiatingOrganisation, regionUnitIds.stream().filter(accepted::contains).toList(),
				external.stream().filter(person -> accepted.contains(person.email())).toList());
	}

	/** Checklist options {label, value} for the consent form: region units by name, people by name and organisation. */
	List<Map<String, String>> participantOptions(Function<String, String> unitName) {
		List<Map<String, String>> options = new ArrayList<>();
		regionUnitIds.forEach(id -> options.add(option(unitName.apply(id), id)));
		external.forEach(person -> options.add(option(person.name() + ", " + person.organisation(), person.email())));
		return options;
	}

	private static Map<String, String> option(String label, String value) {
		Map<String, String> option = new LinkedHashMap<>();
		option.put("label", label);
		option.put("value", value);
		return option;
	}

	/** Reads the consent form's checklist (JSON from Tasklist, or a list); null when the form did not send it. */
	static List<String> readAccepted(Object value) {
		if (value == null) {
			return null;
		}
		if (value instanceof Collection<?> values) {
			return values.stream().map(String::valueOf).toList();
		}
		try {
			return JSON.readValue(value.toString(), new TypeReference<List<String>>() {
			});
		}
		catch (JsonProcessingException ex) {
			throw new IllegalArgumentException("acceptedParticipants is not a list", ex);
		}
	}

	/** The participants as the process keeps them ({@link #asVariables}). */
	static SipParticipants from(VariableScope variables) {
		List<String> units = SipProcess.REGION_PARTICIPANT_UNITS.optionalFrom(variables)
			.map(ids -> ids.stream().map(String::valueOf).toList())
			.orElse(List.of());
		return new SipParticipants(SipProcess.INITIATING_ORGANISATION.from(variables), units,
				readExternal(SipProcess.EXTERNAL_PARTICIPANTS.optionalFrom(variables).orElse(null)));
	}

	/**
	 * The participants as the process keeps them: the region unit ids as a JSON list, the external people as JSON text
	 * (history shows them as they were).
	 */
	Map<String, Object> asVariables() {
		Map<String, Object> variables = new LinkedHashMap<>();
		variables.put(SipProcess.REGION_PARTICIPANT_UNITS.name(), Variables.objectValue(new ArrayList<>(regionUnitIds))
			.serializationDataFormat(SerializationDataFormats.JSON).create());
		variables.put(SipProcess.EXTERNAL_PARTICIPANTS.name(), externalJson());
		return variables;
	}

	/** The consent form's checklist options, a JSON value. */
	Object participantOptionsValue(Function<String, String> unitName) {
		return SpinValues.jsonValue(toJson(participantOptions(unitName))).create();
	}

	private static String toJson(Object value) {
		try {
			return JSON.writeValueAsString(value);
		}
		catch (JsonProcessingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	String externalJson() {
		try {
			return JSON.writeValueAsString(external);
		}
		catch (JsonProcessingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	static List<ExternalParticipant> readExternal(String json) {
		if (json == null || json.isBlank()) {
			return List.of();
		}
		try {
			return JSON.readValue(json, new TypeReference<List<ExternalParticipant>>() {
			});
		}
		catch (JsonProcessingException ex) {
			throw new IllegalStateException("externalParticipants is not the JSON this pathway wrote", ex);
		}
	}

}
