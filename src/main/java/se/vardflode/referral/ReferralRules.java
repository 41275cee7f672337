package se.vardflode.referral;

import java.util.Optional;

import org.springframework.stereotype.Component;
import org.springframework.validation.Errors;
import org.springframework.validation.Validator;

import se.vardflode.identity.CareUnit;
import se.vardflode.identity.CareUnits;
import se.vardflode.kernel.CareTime;
import se.vardflode.kernel.EmailAddress;
import se.vardflode.kernel.Personnummer;
import se.vardflode.referral.ReferralTypes.Direction;

/**
 * The referral pathway's rules for what staff send, beyond each field's own form: a configured sending unit, an
 * ICD-10-SE code, and a return referral's recommended follow-up (primary care must know what to follow up). Where a
 * referral goes is the routing table's, {@code processes/referral-routing.dmn}. Then {@link #referral} gives the
 * request in validated types.
 */
@Component
class ReferralRules implements Validator {

	private final CareUnits careUnits;

	ReferralRules(CareUnits careUnits) {
		this.careUnits = careUnits;
	}

	/** A checked referral. */
	record Referral(ReferralRequest request, Personnummer patient, Optional<EmailAddress> patientEmail, CareUnit sender,
			DiagnosisCode diagnosis) {
	}

	@Override
	public boolean supports(Class<?> type) {
		return type == ReferralRequest.class;
	}

	@Override
	public void validate(Object target, Errors errors) {
		ReferralRequest request = (ReferralRequest) target;
		if (sender(request).isEmpty()) {
			errors.rejectValue("sendingUnitId", "referral.sendingUnitId.unknown");
		}
		if (!DiagnosisCode.isValid(request.diagnosisCode())) {
			errors.rejectValue("diagnosisCode", "referral.diagnosisCode.format");
		}
		if (request.direction() == Direction.PSYCHIATRY_TO_PRIMARY
				&& (request.recommendedFollowUp() == null || request.recommendedFollowUp().isBlank())) {
			errors.rejectValue("recommendedFollowUp", "referral.recommendedFollowUp.missing");
		}
	}

	Referral referral(ReferralRequest request) {
		return new Referral(request, Personnummer.parse(request.personnummer(), CareTime.today()),
				EmailAddress.ofOptional(request.patientEmail()), sender(request).orElseThrow(), DiagnosisCode.parse(request.diagnosisCode()));
	}

	private Optional<CareUnit> sender(ReferralRequest request) {
		return Optional.ofNullable(request.sendingUnitId()).flatMap(careUnits::find);
	}

}
