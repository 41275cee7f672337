package se.vardflode.triage;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.OffsetDateTime;
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
 * What a promised call-back needs beyond each field's form: a configured unit that may start promised-call-back
 * ({@code vardflode.units[].starts-processes}) and a promised time still ahead. Then {@link #callBack} gives the
 * validated types.
 */
@Component
class CallBackRules implements Validator {

	private final CareUnits careUnits;

	CallBackRules(CareUnits careUnits) {
		this.careUnits = careUnits;
	}

	@Override
	public boolean supports(Class<?> type) {
		return type == CallBackRequest.class;
	}

	@Override
	public void validate(Object target, Errors errors) {
		CallBackRequest request = (CallBackRequest) target;
		if (!errors.hasFieldErrors("unitId")) {
			Optional<CareUnit> unit = careUnits.find(request.unitId());
			if (unit.isEmpty()) {
				errors.rejectValue("unitId", "unit.unknown");
			}
			else if (!unit.get().startsProcesses().contains(CallBackProcess.KEY)) {
				errors.rejectValue("unitId", "callBack.unitId.notAllowed", new Object[] { unit.get().name() }, null);
			}
		}
		if (!errors.hasFieldErrors("callBackAt")) {
			try {
				if (!at(request.callBackAt()).isAfter(CareTime.now())) {
					errors.rejectValue("callBackAt", "triage.callBackAt.passed");
				}
			}
			catch (DateTimeException ex) {
				errors.rejectValue("callBackAt", "triage.callBackAt.format");
			}
		}
	}

	/** A request that passed {@link #validate}, in validated types. */
	CallBacks.PromisedCallBack callBack(CallBackRequest request) {
		return new CallBacks.PromisedCallBack(careUnits.get(request.unitId()),
				Personnummer.parse(request.personnummer(), CareTime.today()), PatientName.ofOptional(request.patientName()),
				Optional.ofNullable(request.patientPhone()).filter(phone -> !phone.isBlank()),
				EmailAddress.ofOptional(request.patientEmail()), at(request.callBackAt()), request.contactReason().strip());
	}

	private static Instant at(String text) {
		return OffsetDateTime.parse(text).toInstant();
	}

}
