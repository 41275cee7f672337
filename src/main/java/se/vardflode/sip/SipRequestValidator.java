package se.vardflode.sip;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import se.vardflode.identity.CareUnit;
import se.vardflode.identity.CareUnits;
import se.vardflode.patient.PatientName;
import se.vardflode.patient.Personnummer;
import se.vardflode.sip.SipRequest.ExternalParticipant;

/**
 * Checks a SIP request at the edge and names every bad field at once (field name → Swedish reason), so that staff
 * can correct the whole request in one go and nothing is started on bad input.
 */
class SipRequestValidator {

	static final String PROCESS_KEY = "sip-coordination";
	private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
	private static final int MAX_TEXT = 2000;

	/** A request that passed every check, with its identifiers parsed once. */
	record ValidSipRequest(Personnummer patient, String patientEmail, CareUnit initiatingUnit, String reason,
			SipParticipants participants, List<CareUnit> regionUnits, PatientName patientName) {
	}

	/** Either a valid request or the reasons why not. */
	record Result(Optional<ValidSipRequest> request, Map<String, String> errors) {
	}

	private final CareUnits careUnits;

	SipRequestValidator(CareUnits careUnits) {
		this.careUnits = careUnits;
	}

	Result validate(SipRequest request, LocalDate today) {
		Map<String, String> errors = new LinkedHashMap<>();
		if (request == null) {
			errors.put("body", "Begäran saknar innehåll");
			return new Result(Optional.empty(), errors);
		}
		Personnummer patient = Personnummer.parse(request.patientPersonnummer(), today, "patientPersonnummer", errors);
		PatientName patientName = PatientName.parseOptional(request.patientName(), "patientName", errors);
		String patientEmail = blankToNull(request.patientEmail());
		if (patientEmail != null && !EMAIL.matcher(patientEmail).matches()) {
			errors.put("patientEmail", "E-postadressen är inte giltig");
		}
		requireText(errors, "initiatingOrganisation", request.initiatingOrganisation(), "Ange vilken organisation som initierar SIP");
		CareUnit initiatingUnit = null;
		if (isBlank(request.initiatingUnitId())) {
			errors.put("initiatingUnitId", "Ange den enhet som initierar SIP");
		}
		else {
			initiatingUnit = careUnits.find(request.initiatingUnitId().strip()).orElse(null);
			if (initiatingUnit == null) {
				errors.put("initiatingUnitId", "Enheten '" + request.initiatingUnitId() + "' finns inte");
			}
			else if (!initiatingUnit.startsProcesses().contains(PROCESS_KEY)) {
				errors.put("initiatingUnitId", initiatingUnit.name() + " kan inte initiera SIP");
				initiatingUnit = null;
			}
		}
		requireText(errors, "reason", request.reason(), "Ange varför en SIP behövs");

		List<CareUnit> regionUnits = new ArrayList<>();
		List<ExternalParticipant> external = new ArrayList<>();
		SipRequest.Participants participants = request.participants();
		List<String> unitIds = participants == null || participants.regionUnitIds() == null ? List.of() : participants.regionUnitIds();
		List<ExternalParticipant> externals = participants == null || participants.external() == null ? List.of() : participants.external();
		for (int i = 0; i < unitIds.size(); i++) {
			String unitId = unitIds.get(i);
			Optional<CareUnit> unit = unitId == null ? Optional.empty() : careUnits.find(unitId.strip());
			if (unit.isEmpty()) {
				errors.put("participants.regionUnitIds[" + i + "]", "Enheten '" + unitId + "' finns inte");
			}
			else if (initiatingUnit != null && unit.get().id().equals(initiatingUnit.id())) {
				errors.put("participants.regionUnitIds[" + i + "]", "Den initierande enheten deltar redan och ska inte bjudas in");
			}
			else if (!regionUnits.contains(unit.get())) {
				regionUnits.add(unit.get());
			}
		}
		for (int i = 0; i < externals.size(); i++) {
			ExternalParticipant person = externals.get(i);
			String field = "participants.external[" + i + "]";
			if (person == null) {
				errors.put(field, "Deltagaren saknar uppgifter");
				continue;
			}
			requireText(errors, field + ".name", person.name(), "Ange deltagarens namn");
			requireText(errors, field + ".organisation", person.organisation(), "Ange deltagarens organisation");
			if (isBlank(person.email()) || !EMAIL.matcher(person.email().strip()).matches()) {
				errors.put(field + ".email", "Ange en giltig e-postadress; inbjudan skickas med e-post");
			}
			else {
				external.add(new ExternalParticipant(person.name().strip(), strip(person.organisation()), person.email().strip()));
			}
		}
		if (unitIds.isEmpty() && externals.isEmpty()) {
			errors.put("participants", "Föreslå minst en deltagare utöver den initierande enheten");
		}
		if (!errors.isEmpty()) {
			return new Result(Optional.empty(), errors);
		}
		SipParticipants sipParticipants = new SipParticipants(request.initiatingOrganisation().strip(),
				regionUnits.stream().map(CareUnit::id).toList(), external);
		return new Result(Optional.of(new ValidSipRequest(patient, patientEmail, initiatingUnit, request.reason().strip(),
				sipParticipants, regionUnits, patientName)), errors);
	}

	private static void requireText(Map<String, String> errors, String field, String value, String message) {
		if (isBlank(value)) {
			errors.put(field, message);
		}
		else if (value.length() > MAX_TEXT) {
			errors.put(field, "Texten får vara högst " + MAX_TEXT + " tecken");
		}
	}

	private static boolean isBlank(String value) {
		return value == null || value.isBlank();
	}

	private static String blankToNull(String value) {
		return isBlank(value) ? null : value.strip();
	}

	private static String strip(String value) {
		return value == null ? null : value.strip();
	}

}
