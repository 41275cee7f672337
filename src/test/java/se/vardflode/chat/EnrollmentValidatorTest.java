package se.vardflode.chat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import se.vardflode.api.ApiProblem;
import se.vardflode.chat.EnrollmentRequest.Guardian;
import se.vardflode.identity.CareUnit;
import se.vardflode.identity.CareUnits;

/** The enrollment rules without the engine; the API tests check the same cases end to end. */
class EnrollmentValidatorTest {

	static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
	static final String CHILD = "20260512-2387";
	static final Guardian MOTHER = new Guardian("19900315-1231", "mamma@example.se");
	static final Guardian FATHER = new Guardian("19950704-9873", "pappa@example.se");

	EnrollmentValidator validator = new EnrollmentValidator(new CareUnits(List.of(
			new CareUnit("bvc-gavle", "BVC Gävle", "bvc@example.se", null, List.of(), List.of("BVC")),
			new CareUnit("um-gavle", "UM Gävle", "um@example.se", null, List.of(), List.of("UM")),
			new CareUnit("mvc-gavle", "MVC Gävle", "mvc@example.se", null, List.of(), List.of("MVC")))));

	@Test
	void bvc_enrollment_has_the_child_as_patient_and_the_guardians_as_participants() {
		Enrollment enrollment = validator.validate(
				new EnrollmentRequest("BVC", "bvc-gavle", CHILD, null, null, List.of(MOTHER, FATHER)), TODAY);

		assertThat(enrollment.careType()).isEqualTo(CareType.BVC);
		assertThat(enrollment.patient().formatted()).isEqualTo(CHILD);
		assertThat(enrollment.participants()).extracting(ChatParticipant::role)
			.containsExactly(ChatParticipant.Role.PATIENT, ChatParticipant.Role.GUARDIAN, ChatParticipant.Role.GUARDIAN);
	}

	@Test
	void mvc_enrollment_keeps_the_due_date() {
		Enrollment enrollment = validator.validate(new EnrollmentRequest("MVC", "mvc-gavle", "19900315-1231",
				"gravid@example.se", LocalDate.of(2027, 5, 1), null), TODAY);

		assertThat(enrollment.dueDate()).isEqualTo(LocalDate.of(2027, 5, 1));
	}

	@Test
	void every_bad_field_is_named_in_one_answer() {
		ApiProblem problem = refused(new EnrollmentRequest("MVC", "bvc-gavle", "19121212-1213", "inte-en-adress",
				LocalDate.of(2026, 11, 1), null));

		assertThat(errors(problem)).containsOnlyKeys("unitId", "personnummer", "email", "dueDate")
			.containsEntry("unitId", "BVC Gävle erbjuder inte MVC")
			.containsEntry("personnummer", "Kontrollsiffran stämmer inte")
			.containsEntry("dueDate", "Beräknat förlossningsdatum har redan passerat");
	}

	@Test
	void unknown_unit_and_care_type_are_named() {
		assertThat(errors(refused(new EnrollmentRequest("VC", "vc-nowhere", CHILD, "a@example.se", null, null))))
			.containsOnlyKeys("careType", "unitId");
	}

	@Test
	void bvc_without_guardian_is_refused() {
		assertThat(errors(refused(new EnrollmentRequest("BVC", "bvc-gavle", CHILD, null, null, List.of()))))
			.containsOnlyKeys("guardians");
	}

	@Test
	void bad_guardian_fields_are_named_by_position() {
		ApiProblem problem = refused(new EnrollmentRequest("BVC", "bvc-gavle", CHILD, null, null,
				List.of(MOTHER, new Guardian("19950704-9874", "pappa"))));

		assertThat(errors(problem)).containsOnlyKeys("guardians[1].personnummer", "guardians[1].email");
	}

	@Test
	void guardian_at_um_is_a_rule_violation_not_bad_input() {
		ApiProblem problem = refused(new EnrollmentRequest("UM", "um-gavle", "20080808-0808", "ung@example.se", null,
				List.of(MOTHER)));

		assertThat(problem.status().value()).isEqualTo(422);
		assertThat(problem.getMessage()).contains("Ungdomsmottagningens chatt är bara för den unga patienten");
	}

	private ApiProblem refused(EnrollmentRequest request) {
		return catchThrowableOfType(ApiProblem.class, () -> validator.validate(request, TODAY));
	}

	@SuppressWarnings("unchecked")
	private static Map<String, String> errors(ApiProblem problem) {
		assertThat(problem).isNotNull();
		return (Map<String, String>) problem.properties().get("errors");
	}

}
