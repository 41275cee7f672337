package se.vardflode.patient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** A patient's name as staff give it at an entry point, and her age as the task header says it. */
class PatientNameTest {

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
	void a_name_longer_than_a_hundred_characters_is_refused() {
		Map<String, String> errors = new LinkedHashMap<>();

		assertThat(PatientName.parseOptional("A".repeat(101), "patientName", errors)).isNull();

		assertThat(errors).containsEntry("patientName", "Patientens namn får vara högst 100 tecken");
	}

	@Test
	void no_name_given_is_no_error() {
		Map<String, String> errors = new LinkedHashMap<>();

		assertThat(PatientName.parseOptional(null, "patientName", errors)).isNull();

		assertThat(errors).isEmpty();
	}

	@Test
	void the_age_is_in_years_from_two_in_months_before_and_in_days_in_the_first_month() {
		LocalDate today = LocalDate.of(2026, 11, 27);

		assertThat(patient("19121212-1212").ageOn(today)).isEqualTo("113 år");
		assertThat(patient("20241127-2384").ageOn(today)).isEqualTo("2 år");
		assertThat(patient("20250512-2388").ageOn(today)).isEqualTo("18 mån");
		assertThat(patient("20261115-2386").ageOn(today)).isEqualTo("12 dagar");
	}

	private static CasePatient patient(String personnummer) {
		return new CasePatient(Personnummer.parse(personnummer, LocalDate.of(2026, 11, 27)), Optional.empty());
	}

}
