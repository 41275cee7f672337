package se.vardflode.chat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import se.vardflode.identity.CareUnit;
import se.vardflode.patient.PatientName;
import se.vardflode.patient.Personnummer;

/** A validated enrollment: what {@link EnrollmentValidator} lets through. */
record Enrollment(CareType careType, CareUnit unit, Personnummer patient, String email, LocalDate dueDate,
		List<ChatParticipant> guardians, PatientName patientName) {

	/** The patient and the guardians, in that order. */
	List<ChatParticipant> participants() {
		List<ChatParticipant> participants = new ArrayList<>();
		participants.add(new ChatParticipant(ChatParticipant.Role.PATIENT, patient, email));
		participants.addAll(guardians);
		return participants;
	}

}
