package se.vardflode.notification;

import java.util.Objects;

import se.vardflode.patient.Personnummer;

/**
 * Whom a patient message is for: a patient, or a custodian or other relative in her own right, by her own
 * personnummer (whose inbox in the patient page gets the message) and, if she gave one, her mail address (which gets
 * the neutral notice).
 *
 * @param email {@code null} when there is no address: the message is in the inbox all the same
 */
public record PatientRecipient(Personnummer personnummer, String email) {

	/** How a patient task's assignee names her ({@code patient.PatientAssignee}). */
	private static final String REFERENCE_PREFIX = "patient:";

	public PatientRecipient {
		Objects.requireNonNull(personnummer, "personnummer");
		email = email == null || email.isBlank() ? null : email.strip();
	}

	/**
	 * @param patient as the pathways keep it: a patient reference ({@code patient:} and twelve digits, the patient
	 *        task's assignee) or the stored twelve digits
	 */
	public static PatientRecipient of(String patient, String email) {
		if (patient == null) {
			throw new IllegalArgumentException("No patient to tell");
		}
		String digits = patient.startsWith(REFERENCE_PREFIX) ? patient.substring(REFERENCE_PREFIX.length()) : patient;
		return new PatientRecipient(Personnummer.fromStorage(digits), email);
	}

}
