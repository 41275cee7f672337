package se.vardflode.triage;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
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

/**
 * The triage pathway's rules for a contact, beyond each field's own form: the health centre is one the region's
 * triage serves, and a promised call-back lies ahead. Then {@link #contact} gives the request in validated types.
 */
@Component
class TriageRules implements Validator {

	private final CareUnits careUnits;
	private final TriageSettings settings;

	TriageRules(CareUnits careUnits, TriageSettings settings) {
		this.careUnits = careUnits;
		this.settings = settings;
	}

	/** A checked contact. */
	record Contact(Personnummer patient, CareUnit healthCentre, String channel, String contactReason,
			Optional<Instant> callBackAt, Optional<EmailAddress> patientEmail, Optional<PatientName> patientName, Optional<String> patientPhone) {
	}

	@Override
	public boolean supports(Class<?> type) {
		return type == TriageContactRequest.class;
	}

	@Override
	public void validate(Object target, Errors errors) {
		TriageContactRequest request = (TriageContactRequest) target;
		if (healthCentre(request.healthCentreUnitId()).isEmpty()) {
			errors.rejectValue("healthCentreUnitId", "triage.healthCentreUnitId.unknown");
		}
		if (request.callBackAt() != null) {
			try {
				if (!callBackAt(request.callBackAt()).isAfter(CareTime.now())) {
					errors.rejectValue("callBackAt", "triage.callBackAt.passed");
				}
			}
			catch (DateTimeParseException ex) {
				errors.rejectValue("callBackAt", "triage.callBackAt.format");
			}
		}
	}

	Contact contact(TriageContactRequest request) {
		return new Contact(Personnummer.parse(request.personnummer(), CareTime.today()),
				healthCentre(request.healthCentreUnitId()).orElseThrow(), request.channel(), request.contactReason(),
				Optional.ofNullable(request.callBackAt()).map(TriageRules::callBackAt), Optional.ofNullable(request.patientEmail()).filter(email -> !email.isBlank()).map(EmailAddress::of),
				PatientName.ofOptional(request.patientName()), Optional.ofNullable(request.patientPhone()).map(String::strip));
	}

	private Optional<CareUnit> healthCentre(String unitId) {
		return Optional.ofNullable(unitId).filter(settings.healthCentres()::contains).flatMap(careUnits::find);
	}

	private static Instant callBackAt(String text) {
		return OffsetDateTime.parse(text).toInstant();
	}

}
