package se.vardflode.sip;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.spin.plugin.variable.SpinValues;

/**
 * Who may have the overall responsibility (huvudansvar) in one SIP. HSL 16 kap. 4 § and SoL 2 kap. 7 § say that the
 * plan states "vem av huvudmännen som ska ha det övergripande ansvaret för planen": the region or the municipality,
 * the two principals — never a school, Försäkringskassan or another participant, however much they do in the plan.
 * The municipality is the one the request named, else the initiating organisation when it is one of the region's
 * municipalities, else any of them ({@code vardflode.sip.municipalities}).
 *
 * @param organisations the region first, then the municipality or municipalities
 */
record Huvudansvar(List<String> organisations) {

	private static final ObjectMapper JSON = new ObjectMapper();

	Huvudansvar {
		organisations = List.copyOf(organisations);
	}

	static Huvudansvar of(SipSettings settings, Optional<String> municipality, String initiatingOrganisation) {
		List<String> organisations = new ArrayList<>();
		organisations.add(settings.regionOrganisation());
		municipality.or(() -> settings.municipality(initiatingOrganisation))
			.ifPresentOrElse(organisations::add, () -> organisations.addAll(settings.municipalities()));
		return new Huvudansvar(organisations);
	}

	/** For the SIP whose variables these are. */
	static Huvudansvar from(VariableScope variables, SipSettings settings) {
		return of(settings, SipProcess.MUNICIPALITY.optionalFrom(variables).flatMap(settings::municipality),
				SipProcess.INITIATING_ORGANISATION.from(variables));
	}

	/** Why this choice cannot hold huvudansvar, in Swedish, or empty when it can. */
	Optional<String> refusal(String chosen) {
		if (chosen == null || chosen.isBlank()) {
			return Optional.of("Ange om regionen eller kommunen har huvudansvaret");
		}
		if (organisations.stream().anyMatch(organisation -> normalised(organisation).equals(normalised(chosen)))) {
			return Optional.empty();
		}
		return Optional.of("Huvudansvaret ligger hos regionen eller kommunen (HSL 16 kap. 4 §, SoL 2 kap. 7 §), inte hos " + chosen.strip()
				+ ": välj " + String.join(" eller ", organisations));
	}

	/** The plan form's select options {label, value}, a JSON value. */
	Object optionsValue() {
		List<Map<String, String>> options = organisations.stream().map(organisation -> {
			Map<String, String> option = new LinkedHashMap<>();
			option.put("label", organisation);
			option.put("value", organisation);
			return option;
		}).toList();
		try {
			return SpinValues.jsonValue(JSON.writeValueAsString(options)).create();
		}
		catch (JsonProcessingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static String normalised(String organisation) {
		return organisation.strip().toLowerCase(Locale.ROOT);
	}

}
