package se.vardflode.chat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import se.vardflode.EngineClock;
import se.vardflode.api.ApiProblem;
import se.vardflode.api.RequestChecks;
import se.vardflode.chat.EnrollmentRequest.Guardian;
import se.vardflode.identity.CareUnit;
import se.vardflode.identity.CareUnits;

/** The enrollment and delivery rules without the engine; the API tests check the same cases end to end. */
class ChatRulesTest {

	static final String CHILD = "20260512-2387";
	static final Guardian MOTHER = new Guardian("19900315-1231", "mamma@example.se", true);
	static final Guardian FATHER = new Guardian("19950704-9873", "pappa@example.se", true);

	ChatRules rules = new ChatRules(new CareUnits(List.of(
			new CareUnit("bvc-gavle", "BVC Gävle", "bvc@example.se", null, List.of(), List.of("BVC")),
			new CareUnit("um-gavle", "UM Gävle", "um@example.se", null, List.of(), List.of("UM")),
			new CareUnit("mvc-gavle", "MVC Gävle", "mvc@example.se", null, List.of(), List.of("MVC")))), ChatFixtures.settings());

	@BeforeEach
	void today() {
		EngineClock.setTo("2026-11-23T09:00:00Z");
	}

	@AfterEach
	void realTime() {
		EngineClock.reset();
	}

	@Test
	void bvc_enrollment_has_the_child_as_patient_and_the_guardians_as_participants() {
		EnrollmentRequest request = new EnrollmentRequest("BVC", "bvc-gavle", CHILD, null, null, List.of(MOTHER, FATHER));
		assertThat(errors(request)).isEmpty();

		Enrollment enrollment = rules.enrollment(request);

		assertThat(enrollment.careType()).isEqualTo(CareType.BVC);
		assertThat(enrollment.patient().formatted()).isEqualTo(CHILD);
		assertThat(enrollment.participants()).extracting(ChatParticipant::role)
			.containsExactly(ChatParticipant.Role.PATIENT, ChatParticipant.Role.GUARDIAN, ChatParticipant.Role.GUARDIAN);
	}

	@Test
	void mvc_enrollment_keeps_the_due_date() {
		EnrollmentRequest request = new EnrollmentRequest("MVC", "mvc-gavle", "19900315-1231", "gravid@example.se",
				LocalDate.of(2027, 5, 1), null);
		assertThat(errors(request)).isEmpty();

		assertThat(rules.enrollment(request).dueDate()).isEqualTo(LocalDate.of(2027, 5, 1));
	}

	@Test
	void every_bad_field_is_named_in_one_answer() {
		Map<String, String> errors = errors(new EnrollmentRequest("MVC", "bvc-gavle", "19121212-1213", "inte-en-adress",
				LocalDate.of(2026, 11, 1), null));

		assertThat(errors).containsOnlyKeys("unitId", "personnummer", "email", "dueDate")
			.containsEntry("unitId", "BVC Gävle erbjuder inte MVC")
			.containsEntry("personnummer", "Kontrollsiffran stämmer inte")
			.containsEntry("dueDate", "Beräknat förlossningsdatum har redan passerat");
	}

	@Test
	void unknown_unit_and_care_type_are_named() {
		assertThat(errors(new EnrollmentRequest("VC", "vc-nowhere", CHILD, "a@example.se", null, null)))
			.containsOnlyKeys("careType", "unitId");
	}

	@Test
	void bvc_without_guardian_is_refused() {
		assertThat(errors(new EnrollmentRequest("BVC", "bvc-gavle", CHILD, null, null, List.of()))).containsOnlyKeys("guardians");
	}

	@Test
	void bad_guardian_fields_are_named_by_position() {
		assertThat(errors(new EnrollmentRequest("BVC", "bvc-gavle", CHILD, null, null,
				List.of(MOTHER, new Guardian("19950704-9874", "pappa", true)))))
			.containsOnlyKeys("guardians[1].personnummer", "guardians[1].email");
	}

	@Test
	void guardian_at_um_is_a_rule_violation_not_bad_input() {
		EnrollmentRequest request = new EnrollmentRequest("UM", "um-gavle", "20080808-0808", "ung@example.se", null, List.of(MOTHER));
		assertThat(errors(request)).isEmpty();

		ApiProblem problem = catchThrowableOfType(ApiProblem.class, () -> rules.enrollment(request));

		assertThat(problem.status().value()).isEqualTo(422);
		assertThat(problem.getMessage()).contains("Ungdomsmottagningens chatt är bara för den unga patienten");
	}

	@Test
	void a_birth_date_that_does_not_match_the_childs_personnummer_is_refused() {
		EngineClock.setTo("2027-04-21T08:00:00Z");

		assertThat(errors(new Deliveries.DeliveryRequest("20270420-1231", LocalDate.of(2027, 4, 19), "bvc-gavle", List.of("19900315-1231"))))
			.isEqualTo(Map.of("birthDate", "Födelsedatumet stämmer inte med barnets personnummer"));
	}

	private Map<String, String> errors(Object request) {
		return RequestChecks.errors(request, rules);
	}

}
