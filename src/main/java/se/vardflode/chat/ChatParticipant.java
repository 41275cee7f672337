package se.vardflode.chat;

import se.vardflode.kernel.EmailAddress;
import se.vardflode.kernel.PatientAssignee;
import se.vardflode.kernel.Personnummer;

/**
 * Someone who writes in the chat besides the unit's staff: the patient or, for a BVC child, a guardian (a partner at
 * MVC joins as a guardian of the coming child).
 *
 * @param email where the participant is mailed; {@code null} for a BVC child, who is reached through the guardians
 * @param custodian the child's custodian (vårdnadshavare, FB 6 kap.) as the unit states it: each custodian has her or
 *        his own right to the child's chat, anyone else (a partner, another relative) is in it only with a custodian's
 *        consent; always {@code false} for the patient
 */
record ChatParticipant(Role role, Personnummer personnummer, EmailAddress email, boolean custodian) {

	static ChatParticipant patient(Personnummer personnummer, EmailAddress email) {
		return new ChatParticipant(Role.PATIENT, personnummer, email, false);
	}

	static ChatParticipant guardian(Personnummer personnummer, EmailAddress email, boolean custodian) {
		return new ChatParticipant(Role.GUARDIAN, personnummer, email, custodian);
	}

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
