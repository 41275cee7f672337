package se.vardflode.sip;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.Variables.SerializationDataFormats;

import se.vardflode.kernel.EmailAddress;
import se.vardflode.kernel.PatientAssignee;
import se.vardflode.kernel.PatientName;
import se.vardflode.kernel.Personnummer;
import se.vardflode.sip.SipRules.ValidCustodian;

/**
 * The person the SIP is about and, for a child, her custodians: who consents, who is invited and who sees the meeting
 * and the plan in the patient page. A SIP is made with the person ("den enskilde ska, om det är möjligt, medverka",
 * HSL 16 kap. 4 §, SoL 2 kap. 7 §): an adult consents and takes part herself; for a child under
 * {@code vardflode.sip.adult-age} each custodian consents in her own login, and from
 * {@code vardflode.sip.child-consent-age} the child too.
 *
 * @param patientTakesPart whether the patient herself consents and is told (an adult, or a child old enough)
 * @param custodians empty for an adult
 */
record SipPatientSide(Personnummer patient, Optional<EmailAddress> patientEmail, boolean patientTakesPart,
		List<ValidCustodian> custodians) {

	private static final ObjectMapper JSON = new ObjectMapper();

	SipPatientSide {
		custodians = List.copyOf(custodians);
	}

	/** Someone on the patient's side who consents and is told: by her own personnummer, with her address if given. */
	record Party(Personnummer personnummer, Optional<EmailAddress> email, boolean custodian) {

		String reference() {
			return PatientAssignee.of(personnummer);
		}

	}

	static SipPatientSide of(SipRules.ValidSipRequest request, SipSettings settings, java.time.LocalDate today) {
		int age = request.patient().ageOn(today);
		boolean child = age < settings.adultAge();
		return new SipPatientSide(request.patient(), request.patientEmail(), !child || age >= settings.childConsentAge(),
				child ? request.custodians() : List.of());
	}

	/** In the order they are asked: the patient (when she takes part), then each custodian. */
	List<Party> parties() {
		List<Party> parties = new ArrayList<>();
		if (patientTakesPart) {
			parties.add(new Party(patient, patientEmail, false));
		}
		custodians.forEach(custodian -> parties.add(new Party(custodian.personnummer(), custodian.email(), true)));
		return parties;
	}

	/** The assignees of the consent tasks, one per party. */
	List<String> consentGivers() {
		return parties().stream().map(Party::reference).toList();
	}

	Map<String, Object> asVariables() {
		Map<String, Object> variables = new LinkedHashMap<>();
		variables.put(SipProcess.CONSENT_GIVERS.name(), Variables.objectValue(new ArrayList<>(consentGivers()))
			.serializationDataFormat(SerializationDataFormats.JSON).create());
		variables.put(SipProcess.PATIENT_TAKES_PART.name(), patientTakesPart);
		variables.put(SipProcess.CUSTODIANS.name(), custodiansJson(custodians));
		return variables;
	}

	/** As the process keeps it; a SIP started before custodians were known has the patient alone. */
	static SipPatientSide from(VariableScope variables) {
		Personnummer patient = PatientAssignee.patientOf(SipProcess.PATIENT_REFERENCE.from(variables)).orElseThrow();
		return new SipPatientSide(patient, SipProcess.PATIENT_EMAIL.optionalFrom(variables).map(EmailAddress::of),
				SipProcess.PATIENT_TAKES_PART.optionalFrom(variables).orElse(true),
				readCustodians(SipProcess.CUSTODIANS.optionalFrom(variables).orElse(null)));
	}

	/** Kept as they were given; JSON text, so that history shows them as they were. */
	static String custodiansJson(List<ValidCustodian> custodians) {
		List<Map<String, String>> stored = custodians.stream().map(custodian -> {
			Map<String, String> entry = new LinkedHashMap<>();
			entry.put("personnummer", custodian.personnummer().value());
			custodian.name().ifPresent(name -> entry.put("name", name.value()));
			custodian.email().ifPresent(email -> entry.put("email", email.value()));
			return entry;
		}).toList();
		try {
			return JSON.writeValueAsString(stored);
		}
		catch (JsonProcessingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	static List<ValidCustodian> readCustodians(String json) {
		if (json == null || json.isBlank()) {
			return List.of();
		}
		try {
			List<Map<String, String>> stored = JSON.readValue(json, new TypeReference<List<Map<String, String>>>() {
			});
			return stored.stream().map(entry -> new ValidCustodian(Personnummer.fromStorage(entry.get("personnummer")),
					PatientName.ofOptional(entry.get("name")), EmailAddress.ofOptional(entry.get("email")))).toList();
		}
		catch (JsonProcessingException ex) {
			throw new IllegalStateException("custodians is not the JSON this pathway wrote", ex);
		}
	}

}
