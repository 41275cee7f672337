package se.vardflode.sip;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;
import org.springframework.validation.Errors;
import org.springframework.validation.Validator;

import se.vardflode.identity.CareUnit;
import se.vardflode.identity.CareUnits;
import se.vardflode.kernel.CareTime;
import se.vardflode.kernel.EmailAddress;
import se.vardflode.kernel.PatientName;
import se.vardflode.kernel.Personnummer;
import se.vardflode.sip.SipRequest.ExternalParticipant;

/**
 * The SIP pathway's rules for a request, beyond each field's own form: the initiating unit is one that runs SIPs,
 * the invited region units exist and are others than the initiator, someone besides the initiator is proposed, the
 * municipality is one of the region's, and a child is named with her custodians (an adult without). Then
 * {@link #request} gives it in validated types.
 */
@Component
class SipRules implements Validator {

	/** Joint custody is two custodians (FB 6 kap. 2 §, 11 §); sole custody one. */
	static final int MAX_CUSTODIANS = 2;

	private final CareUnits careUnits;
	private final SipSettings settings;

	SipRules(CareUnits careUnits, SipSettings settings) {
		this.careUnits = careUnits;
		this.settings = settings;
	}

	/** A request that passed every check, with its identifiers parsed once. */
	record ValidSipRequest(Personnummer patient, Optional<EmailAddress> patientEmail, CareUnit initiatingUnit, String reason,
			SipParticipants participants, Optional<PatientName> patientName, Optional<String> municipality,
			List<ValidCustodian> custodians) {

		ValidSipRequest {
			custodians = List.copyOf(custodians);
		}

		ValidSipRequest(Personnummer patient, Optional<EmailAddress> patientEmail, CareUnit initiatingUnit, String reason,
				SipParticipants participants, Optional<PatientName> patientName) {
			this(patient, patientEmail, initiatingUnit, reason, participants, patientName, Optional.empty(), List.of());
		}

	}

	/** A child's custodian as the SIP keeps her. */
	record ValidCustodian(Personnummer personnummer, Optional<PatientName> name, Optional<EmailAddress> email) {
	}

	@Override
	public boolean supports(Class<?> type) {
		return type == SipRequest.class;
	}

	@Override
	public void validate(Object target, Errors errors) {
		SipRequest request = (SipRequest) target;
		Optional<CareUnit> initiator = Optional.empty();
		if (!errors.hasFieldErrors("initiatingUnitId")) {
			Optional<CareUnit> unit = careUnits.find(request.initiatingUnitId().strip());
			if (unit.isEmpty()) {
				errors.rejectValue("initiatingUnitId", "sip.unit.unknown", new Object[] { request.initiatingUnitId() }, null);
			}
			else if (!unit.get().startsProcesses().contains(SipProcess.KEY)) {
				errors.rejectValue("initiatingUnitId", "sip.initiatingUnitId.cannotInitiate", new Object[] { unit.get().name() }, null);
			}
			else {
				initiator = unit;
			}
		}
		SipRequest.Participants participants = request.participants();
		List<String> unitIds = participants == null ? List.of() : participants.regionUnitIds();
		for (int i = 0; i < unitIds.size(); i++) {
			String field = "participants.regionUnitIds[" + i + "]";
			String unitId = unitIds.get(i);
			Optional<CareUnit> unit = unitId == null ? Optional.empty() : careUnits.find(unitId.strip());
			if (unit.isEmpty()) {
				errors.rejectValue(field, "sip.unit.unknown", new Object[] { unitId }, null);
			}
			else if (initiator.filter(unit.get()::equals).isPresent()) {
				errors.rejectValue(field, "sip.regionUnit.isTheInitiator");
			}
		}
		if (participants == null || unitIds.isEmpty() && participants.external().isEmpty()) {
			errors.rejectValue("participants", "sip.participants.missing");
		}
		if (request.municipality() != null && !request.municipality().isBlank() && settings.municipality(request.municipality()).isEmpty()) {
			errors.rejectValue("municipality", "sip.municipality.unknown", new Object[] { String.join(", ", settings.municipalities()) }, null);
		}
		if (!errors.hasFieldErrors("patientPersonnummer")) {
			checkCustodians(Personnummer.parse(request.patientPersonnummer(), CareTime.today()), request.custodians(), errors);
		}
	}

	/**
	 * A child's custodians consent for her (FB 6 kap. 11 §), each in her own right: the request names each of them, one
	 * or two, adults other than the child. An adult consents alone: a request that names custodians for her is refused
	 * rather than asking someone who has no say.
	 */
	private void checkCustodians(Personnummer patient, List<SipRequest.Custodian> custodians, Errors errors) {
		boolean child = isChild(patient);
		if (child && custodians.isEmpty()) {
			errors.rejectValue("custodians", "sip.custodians.missing", new Object[] { settings.adultAge() }, null);
		}
		else if (!child && !custodians.isEmpty()) {
			errors.rejectValue("custodians", "sip.custodians.forAnAdult", new Object[] { settings.adultAge() }, null);
		}
		else if (custodians.size() > MAX_CUSTODIANS) {
			errors.rejectValue("custodians", "sip.custodians.tooMany");
		}
		List<Personnummer> seen = new ArrayList<>();
		for (int i = 0; i < custodians.size(); i++) {
			String field = "custodians[" + i + "].personnummer";
			SipRequest.Custodian custodian = custodians.get(i);
			if (custodian == null || errors.hasFieldErrors(field)) {
				continue;
			}
			Personnummer personnummer = Personnummer.parse(custodian.personnummer(), CareTime.today());
			if (personnummer.equals(patient)) {
				errors.rejectValue(field, "sip.custodian.isThePatient");
			}
			else if (isChild(personnummer)) {
				errors.rejectValue(field, "sip.custodian.notAnAdult", new Object[] { settings.adultAge() }, null);
			}
			else if (seen.contains(personnummer)) {
				errors.rejectValue(field, "sip.custodian.twice");
			}
			seen.add(personnummer);
		}
	}

	private boolean isChild(Personnummer personnummer) {
		return personnummer.ageOn(CareTime.today()) < settings.adultAge();
	}

	ValidSipRequest request(SipRequest request) {
		CareUnit initiator = careUnits.get(request.initiatingUnitId().strip());
		List<String> regionUnitIds = new ArrayList<>();
		request.participants().regionUnitIds().stream().map(id -> careUnits.get(id.strip()).id())
			.filter(id -> !regionUnitIds.contains(id))
			.forEach(regionUnitIds::add);
		List<ExternalParticipant> external = request.participants().external().stream()
			.map(person -> new ExternalParticipant(person.name().strip(), person.organisation().strip(), person.email().strip()))
			.toList();
		List<ValidCustodian> custodians = request.custodians().stream()
			.map(custodian -> new ValidCustodian(Personnummer.parse(custodian.personnummer(), CareTime.today()),
					PatientName.ofOptional(custodian.name()), EmailAddress.ofOptional(custodian.email())))
			.toList();
		return new ValidSipRequest(Personnummer.parse(request.patientPersonnummer(), CareTime.today()),
				EmailAddress.ofOptional(request.patientEmail()), initiator, request.reason().strip(),
				new SipParticipants(request.initiatingOrganisation().strip(), regionUnitIds, external),
				PatientName.ofOptional(request.patientName()), settings.municipality(request.municipality()), custodians);
	}

}
