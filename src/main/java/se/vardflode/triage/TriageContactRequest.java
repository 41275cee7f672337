package se.vardflode.triage;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import se.vardflode.kernel.constraints.Email;
import se.vardflode.kernel.constraints.PatientName;
import se.vardflode.kernel.constraints.Personnummer;

/**
 * A contact with the advice line or a digital message that needs triage, as staff submit it to
 * {@code POST /api/triage-contacts}. Each field's own form is checked here, the health centre and the promised time
 * by {@link TriageRules}, in the same answer.
 *
 * @param healthCentreUnitId the patient's health centre, e.g. {@code vc-gavle}
 * @param channel {@code PHONE} (advice line) or {@code DIGITAL} (a message)
 * @param callBackAt optional: the time the patient was promised a call-back, ISO-8601 with offset
 *        ({@code 2026-11-23T14:00:00+01:00})
 * @param patientEmail optional: a patient without e-mail is triaged all the same and reached through the patient page
 *        and by phone; with one she also gets a neutral notice of each new questionnaire or message
 * @param patientName optional: the patient's name as she gave it, for the header of every task of the triage
 * @param patientPhone optional: the number the patient asked to be called back on
 */
record TriageContactRequest(@Personnummer String personnummer, String healthCentreUnitId,
		@NotNull(message = "{triage.channel.invalid}") @Pattern(regexp = "PHONE|DIGITAL", message = "{triage.channel.invalid}") String channel,
		@NotBlank(message = "{triage.contactReason.missing}") @Size(max = 2000, message = "{triage.contactReason.tooLong}") String contactReason,
		String callBackAt,
		@Email(message = "{triage.patientEmail.invalid}") String patientEmail,
		@PatientName String patientName,
		@Pattern(regexp = "\\+?[0-9][0-9 -]{5,18}[0-9]", message = "{triage.patientPhone.invalid}") String patientPhone) {
}
