package se.vardflode.chat;

import se.vardflode.kernel.EmailAddress;
import se.vardflode.kernel.PatientAssignee;
import se.vardflode.kernel.Personnummer;

/**
 * Someone who writes in the chat besides the unit's staff: the patient or, for a BVC child, a guardian (a partner at
 * MVC joins as a guardian of the coming child).
 *
 * @param email where the participant is mailed; {@code null} for a BVC child, who is reached through the guardians
 */
record ChatParticipant(Role role, Personnummer personnummer, EmailAddress email) {

	/** How the patient page knows this person's tasks: the assignee of a patient task ({@link PatientAssignee}). */
	String patientReference() {
		return PatientAssignee.of(personnummer);
	}

	boolean isReachable() {
		return email != null;
	}

	enum Role {
		PATIENT, GUARDIAN
	}

}
