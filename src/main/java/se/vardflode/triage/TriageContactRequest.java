package se.vardflode.triage;

/**
 * A contact with the advice line or a digital message that needs triage, as staff submit it. Checked field by field
 * in {@link TriageContacts}, so that one answer names every bad field.
 *
 * @param healthCentreUnitId the patient's health centre, e.g. {@code vc-gavle}
 * @param channel {@code PHONE} (advice line) or {@code DIGITAL} (a message)
 * @param callBackAt optional: the time the patient was promised a call-back, ISO-8601 with offset
 *        ({@code 2026-11-23T14:00:00+01:00})
 * @param patientName optional: the patient's name as she gave it, for the header of every task of the triage
 * @param patientPhone optional: the number the patient asked to be called back on
 */
record TriageContactRequest(String personnummer, String healthCentreUnitId, String channel, String contactReason,
		String callBackAt, String patientEmail, String patientName, String patientPhone) {
}
