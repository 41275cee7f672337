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
 * the invited region units exist and are others than the initiator, and someone besides the initiator is proposed.
 * Then {@link #request} gives it in validated types.
 */
@Component
class SipRules implements Validator {

	private final CareUnits careUnits;

	SipRules(CareUnits careUnits) {
		this.careUnits = careUnits;
	}

	/** A request that passed every check, with its identifiers parsed once. */
	record ValidSipRequest(Personnummer patient, Optional<EmailAddress> patientEmail, CareUnit initiatingUnit, String reason,
			SipParticipants participants, Optional<PatientName> patientName) {
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
		return new ValidSipRequest(Personnummer.parse(request.patientPersonnummer(), CareTime.today()),
				EmailAddress.ofOptional(request.patientEmail()), initiator, request.reason().strip(),
				new SipParticipants(request.initiatingOrganisation().strip(), regionUnitIds, external),
				PatientName.ofOptional(request.patientName()));
	}

}
