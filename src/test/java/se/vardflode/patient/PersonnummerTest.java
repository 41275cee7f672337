package se.vardflode.patient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PersonnummerTest {

	static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

	@ParameterizedTest
	@ValueSource(strings = { "19121212-1212", "191212121212", " 19121212-1212 " })
	void accepts_the_test_number_with_and_without_separator(String text) {
		assertThat(Personnummer.parse(text, TODAY).value()).isEqualTo("19121212-1212");
	}

	@Test
	void a_ten_digit_number_is_in_the_last_hundred_years_unless_written_with_plus() {
		assertThat(Personnummer.parse("201001-0193", TODAY).birthDate()).isEqualTo(LocalDate.of(2020, 10, 1));
		assertThat(Personnummer.parse("700101-5556", TODAY).birthDate()).isEqualTo(LocalDate.of(1970, 1, 1));
		assertThat(Personnummer.parse("121212+1212", TODAY).birthDate()).isEqualTo(LocalDate.of(1912, 12, 12));
	}

	@Test
	void a_coordination_number_has_sixty_added_to_the_day() {
		Personnummer number = Personnummer.parse("19900161-2382", TODAY);

		assertThat(number.isCoordinationNumber()).isTrue();
		assertThat(number.birthDate()).isEqualTo(LocalDate.of(1990, 1, 1));
	}

	@ParameterizedTest
	@CsvSource({
			"19121212-1213, kontrollsiffra",
			"19121312-1212, datum",
			"19900230-2385, datum",
			"20301001-0193, framtiden",
			"1912121-1212, ÅÅÅÅMMDD-NNNN",
			"abc, ÅÅÅÅMMDD-NNNN" })
	void refuses_a_wrong_check_digit_an_impossible_date_and_a_bad_format(String text, String reason) {
		assertThatThrownBy(() -> Personnummer.parse(text, TODAY))
			.isInstanceOf(Personnummer.InvalidPersonnummerException.class)
			.hasMessageStartingWith("Personnumret")
			.hasMessageContaining(reason);
	}

	@Test
	void never_shows_the_whole_number_when_printed() {
		Personnummer number = Personnummer.parse("19121212-1212", TODAY);

		assertThat(number.toString()).isEqualTo("19121212-****").doesNotContain("1212-1212");
		assertThat(number.masked()).isEqualTo("19121212-****");
	}

	@Test
	void knows_sex_and_age_for_the_screening_cut_offs() {
		Personnummer man = Personnummer.parse("19121212-1212", TODAY);
		Personnummer woman = Personnummer.parse("19900101-2385", TODAY);

		assertThat(man.isMale()).isTrue();
		assertThat(woman.isMale()).isFalse();
		assertThat(woman.ageOn(TODAY)).isEqualTo(36);
	}

}
