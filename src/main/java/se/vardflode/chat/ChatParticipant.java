package se.vardflode.chat;

import se.vardflode.patient.PatientAssignee;
import se.vardflode.patient.Personnummer;

/** Someone who writes in the chat besides the unit's staff: the patient or, for a BVC child, a guardian. */
record ChatParticipant(Role role, Personnummer personnummer, String email) {

	/**
	 * How the patient page knows this person's tasks: the assignee of a patient task. A convention shared with the
	 * patient page (to be aligned there): {@code patient:} and the twelve digits.
	 */
	String patientReference() {
		return PatientAssignee.of(personnummer);
	}

	enum Role {
		PATIENT, GUARDIAN
	}

}
