package se.vardflode.chat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import se.vardflode.identity.CareUnit;
import se.vardflode.kernel.EmailAddress;
import se.vardflode.kernel.PatientName;
import se.vardflode.kernel.Personnummer;

/**
 * An enrollment that may open a chat, in validated types: what {@link EnrollmentRules} makes of a request, and what
 * the MVC → BVC handover builds for the child.
 *
 * @param email the patient's address; {@code null} at BVC, where the guardians are mailed
 * @param dueDate MVC only, else {@code null}
 * @param guardians BVC only: the child's custodians, in the chat from the start
 * @param proposed BVC only: others the unit named (a partner, another relative); each is asked for as a new
 *        participant, whom a custodian lets in or not (chat-participant-consent)
 * @param patientName the name given at the entry point, if any
 */
record Enrollment(CareType careType, CareUnit unit, Personnummer patient, EmailAddress email, LocalDate dueDate,
		List<ChatParticipant> guardians, List<ChatParticipant> proposed, Optional<PatientName> patientName) {

	Enrollment {
		guardians = List.copyOf(guardians);
		proposed = List.copyOf(proposed);
	}

	/** The patient and the guardians, in that order. */
	List<ChatParticipant> participants() {
		List<ChatParticipant> participants = new ArrayList<>();
		participants.add(ChatParticipant.patient(patient, email));
		participants.addAll(guardians);
		return participants;
	}

}
