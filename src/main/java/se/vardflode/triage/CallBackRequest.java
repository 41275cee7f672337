package se.vardflode.triage;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import se.vardflode.kernel.constraints.Email;
import se.vardflode.kernel.constraints.PatientName;
import se.vardflode.kernel.constraints.Personnummer;

/**
 * A promise to call a patient back, as staff submit it to {@code POST /api/call-backs}: PST (or any unit that may start
 * promised-call-back) has said "we will call you". Each field's own form is checked here, the unit and the time by
 * {@link CallBackRules}, in the same answer.
 *
 * @param unitId the unit whose team calls, e.g. {@code pst-sodra-halsingland}
 * @param callBackAt the promised time, ISO-8601 with offset ({@code 2026-11-23T14:00:00+01:00})
 * @param patientEmail optional: where the patient gets the notice if no call reaches her
 * @param patientPhone optional: the number she asked to be called on
 */
record CallBackRequest(@NotBlank(message = "{callBack.unitId.missing}") String unitId, @Personnummer String personnummer,
		@PatientName String patientName,
		@Pattern(regexp = "\\+?[0-9][0-9 -]{5,18}[0-9]", message = "{triage.patientPhone.invalid}") String patientPhone,
		@Email(message = "{triage.patientEmail.invalid}") String patientEmail,
		@NotBlank(message = "{callBack.callBackAt.missing}") String callBackAt,
		@NotBlank(message = "{triage.contactReason.missing}") @Size(max = 2000, message = "{triage.contactReason.tooLong}") String contactReason) {
}
