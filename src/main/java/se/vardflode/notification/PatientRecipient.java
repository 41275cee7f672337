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

	public PatientRecipient {
		Objects.requireNonNull(personnummer, "personnummer");
		email = email == null || email.isBlank() ? null : email.strip();
	}

}
