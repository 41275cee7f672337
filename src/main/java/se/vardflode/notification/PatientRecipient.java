package se.vardflode.notification;

import java.util.Objects;
import java.util.Optional;

import se.vardflode.kernel.EmailAddress;
import se.vardflode.kernel.PatientAssignee;
import se.vardflode.kernel.Personnummer;

/**
 * Whom a patient message is for: a patient, or a custodian or other relative in her own right, by her own
 * personnummer (whose inbox in the patient page gets the message) and, if she gave one, her mail address (which gets
 * the neutral notice).
 *
 * @param email empty when there is no address: the message is in the inbox all the same
 */
public record PatientRecipient(Personnummer personnummer, Optional<EmailAddress> email) {

	public PatientRecipient {
		Objects.requireNonNull(personnummer, "personnummer");
		Objects.requireNonNull(email, "email");
	}

	public PatientRecipient(Personnummer personnummer, EmailAddress email) {
		this(personnummer, Optional.ofNullable(email));
	}

	/**
	 * @param patient as the pathways keep it: a patient reference ({@link PatientAssignee}, the patient task's
	 *        assignee) or the stored twelve digits
	 * @param email the address as the pathway stored it, or {@code null} or blank for none
	 */
	public static PatientRecipient of(String patient, String email) {
		if (patient == null) {
			throw new IllegalArgumentException("No patient to tell");
		}
		Personnummer personnummer = PatientAssignee.patientOf(patient).orElseGet(() -> Personnummer.fromStorage(patient));
		return new PatientRecipient(personnummer, EmailAddress.ofOptional(email));
	}

}
