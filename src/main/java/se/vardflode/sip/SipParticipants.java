package se.vardflode.sip;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.camunda.bpm.engine.delegate.VariableScope;

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

	/** The organisations that may hold huvudansvar: the initiator, the region if a unit takes part, and every external one. */
	Set<String> organisations(String regionOrganisation) {
		Set<String> organisations = new LinkedHashSet<>();
		organisations.add(initiatingOrganisation);
		if (!regionUnitIds.isEmpty()) {
			organisations.add(regionOrganisation);
		}
		external.forEach(participant -> organisations.add(participant.organisation()));
		return organisations;
	}

	/** Select options {label, value} for the plan form's huvudansvar field. */
	List<Map<String, String>> organisationOptions(String regionOrganisation) {
		List<Map<String, String>> options = new ArrayList<>();
		organisations(regionOrganisation).forEach(organisation -> options.add(option(organisation, organisation)));
		return options;
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
	List<Map<String, String>> participantOptions(java.util.function.Function<String, String> unitName) {
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

	/** The participants as the process keeps them (see {@link SipCoordination#request}). */
	@SuppressWarnings("unchecked")
	static SipParticipants from(VariableScope variables) {
		Object units = variables.getVariable(SipVariables.REGION_PARTICIPANT_UNITS);
		return new SipParticipants((String) variables.getVariable(SipVariables.INITIATING_ORGANISATION),
				units == null ? List.of() : List.copyOf((Collection<String>) units),
				readExternal((String) variables.getVariable(SipVariables.EXTERNAL_PARTICIPANTS)));
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
