package se.vardflode.chat;

import java.time.LocalDate;
import java.util.List;

/**
 * The body of {@code POST /api/enrollments} as sent; everything is checked by {@link EnrollmentValidator} so that
 * each bad field is named in one answer.
 *
 * @param careType {@code MVC}, {@code BVC} or {@code UM}
 * @param unitId the enrolling unit, e.g. {@code bvc-gavle}
 * @param personnummer the patient's personnummer or samordningsnummer (for BVC the child's)
 * @param email where the patient is reached (optional for BVC, where the guardians are)
 * @param dueDate expected due date, MVC only
 * @param guardians BVC only: the child's guardians who take part in the chat
 * @param patientName optional: the patient's name (for BVC the child's), for the header of the chat's tasks
 */
record EnrollmentRequest(String careType, String unitId, String personnummer, String email, LocalDate dueDate,
		List<Guardian> guardians, String patientName) {

	EnrollmentRequest(String careType, String unitId, String personnummer, String email, LocalDate dueDate, List<Guardian> guardians) {
		this(careType, unitId, personnummer, email, dueDate, guardians, null);
	}

	EnrollmentRequest {
		guardians = guardians == null ? List.of() : guardians;
	}

	record Guardian(String personnummer, String email) {
	}

}
