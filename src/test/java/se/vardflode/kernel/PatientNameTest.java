package se.vardflode.kernel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A patient's name as staff give it at an entry point: what is taken, what is refused and what it says. */
class PatientNameTest {

	record Request(@se.vardflode.kernel.constraints.PatientName String patientName) {
	}

	static final Validator BEAN_VALIDATION = Validation.buildDefaultValidatorFactory().getValidator();

	@ParameterizedTest
	@ValueSource(strings = { "Tolvan Tolvansson", "Anna-Karin Öberg", "Liam O'Connor", "Åsa  Ek", "Zoë Nguyễn", "Sámi Áilu" })
	void names_of_letters_spaces_hyphens_and_apostrophes_are_taken(String name) {
		assertThat(PatientName.parse(name).value()).isEqualTo(name.replaceAll("\\s+", " "));
	}

	@ParameterizedTest
	@ValueSource(strings = { "[Tolvan](https://evil.example)", "Tolvan 2", "<b>Tolvan</b>", "Tolvan_Tolvansson", "-Tolvan", "Tolvan--Ek" })
	void markup_digits_and_stray_punctuation_are_refused_in_swedish(String name) {
		assertThatThrownBy(() -> PatientName.parse(name))
			.hasMessage("Patientens namn får bara innehålla bokstäver, mellanslag, bindestreck och apostrof");
	}

	@Test
	void a_name_longer_than_a_hundred_characters_is_refused_by_the_constraint_with_the_reason() {
		Set<ConstraintViolation<Request>> violations = BEAN_VALIDATION.validate(new Request("A".repeat(101)));

		assertThat(violations).extracting(ConstraintViolation::getMessage).containsExactly("Patientens namn får vara högst 100 tecken");
	}

	@Test
	void no_name_or_a_blank_one_is_no_name_and_no_error() {
		assertThat(BEAN_VALIDATION.validate(new Request(null))).isEmpty();
		assertThat(BEAN_VALIDATION.validate(new Request(" "))).isEmpty();
		assertThat(PatientName.ofOptional(" ")).isEmpty();
	}

}
