package se.vardflode.chat;

import se.vardflode.patient.Personnummer;

/** Someone who writes in the chat besides the unit's staff: the patient or, for a BVC child, a guardian. */
record ChatParticipant(Role role, Personnummer personnummer, String email) {

	enum Role {
		PATIENT, GUARDIAN
	}

}
