package se.vardflode.chat;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import se.vardflode.kernel.constraints.Email;
import se.vardflode.kernel.constraints.PatientName;
import se.vardflode.kernel.constraints.Personnummer;

/**
 * The body of {@code POST /api/enrollments} as sent. Each field's own form is checked here; what depends on the care
 * type and the configured units is checked by {@link EnrollmentRules}, in the same answer.
 *
 * @param careType {@code MVC}, {@code BVC} or {@code UM}
 * @param unitId the enrolling unit, e.g. {@code bvc-gavle}
 * @param personnummer the patient's personnummer or samordningsnummer (for BVC the child's)
 * @param email where the patient is reached (optional for BVC, where the guardians are)
 * @param dueDate expected due date, MVC only
 * @param guardians BVC only: the people around the child who take part in the chat, each named as the child's
 *        custodian or not (at least one custodian)
 * @param patientName optional: the patient's name (at BVC the child's), for the header of the chat's tasks
 */
record EnrollmentRequest(@NotBlank(message = "{chat.careType.missing}") String careType,
		@NotBlank(message = "{chat.unitId.missing}") String unitId, @Personnummer String personnummer, @Email String email,
		LocalDate dueDate, List<@NotNull(message = "{chat.guardian.missing}") @Valid Guardian> guardians, @PatientName String patientName) {

	EnrollmentRequest {
		guardians = guardians == null ? List.of() : guardians;
	}

	/** A request that names no patient name, as most do. */
	EnrollmentRequest(String careType, String unitId, String personnummer, String email, LocalDate dueDate, List<Guardian> guardians) {
		this(careType, unitId, personnummer, email, dueDate, guardians, null);
	}

	/**
	 * @param custodian {@code true} for the child's custodian (vårdnadshavare), who is in the chat from the start;
	 *        {@code false} for a partner or another relative, whom a custodian is asked to let in
	 */
	record Guardian(@Personnummer String personnummer, @NotBlank(message = "{email.missing}") @Email String email,
			@NotNull(message = "{chat.guardian.custodian.missing}") Boolean custodian) {
	}

}
