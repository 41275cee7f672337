package se.vardflode.kernel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Test numbers only (Skatteverket's 19121212-1212 and numbers computed for these tests), never real people's. */
class PersonnummerTest {

	static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

	@ParameterizedTest
	@ValueSource(strings = { "19121212-1212", "191212121212", "121212+1212", " 19121212-1212 " })
	void accepts_the_usual_ways_of_writing_the_same_number(String written) {
		Personnummer personnummer = Personnummer.parse(written, TODAY);

		assertThat(personnummer.value()).isEqualTo("191212121212");
		assertThat(personnummer.formatted()).isEqualTo("19121212-1212");
		assertThat(personnummer.birthDate()).isEqualTo(LocalDate.of(1912, 12, 12));
		assertThat(personnummer.isSamordningsnummer()).isFalse();
	}

	@Test
	void ten_digits_get_the_century_that_makes_the_person_younger_than_one_hundred() {
		assertThat(Personnummer.parse("000101-0008", TODAY).birthDate()).isEqualTo(LocalDate.of(2000, 1, 1));
		assertThat(Personnummer.parse("900315-1231", TODAY).birthDate()).isEqualTo(LocalDate.of(1990, 3, 15));
		assertThat(Personnummer.parse("010101-1237", TODAY).birthDate()).isEqualTo(LocalDate.of(2001, 1, 1));
		assertThat(Personnummer.parse("1212121212", TODAY).birthDate()).isEqualTo(LocalDate.of(2012, 12, 12));
	}

	@Test
	void plus_sign_marks_someone_who_has_turned_one_hundred() {
		assertThat(Personnummer.parse("010101+1237", TODAY).birthDate()).isEqualTo(LocalDate.of(1901, 1, 1));
	}

	@Test
	void samordningsnummer_has_sixty_added_to_the_day() {
		Personnummer samordningsnummer = Personnummer.parse("19121272-1219", TODAY);

		assertThat(samordningsnummer.isSamordningsnummer()).isTrue();
		assertThat(samordningsnummer.birthDate()).isEqualTo(LocalDate.of(1912, 12, 12));
	}

	@Test
	void leap_day_is_a_real_birthday() {
		assertThat(Personnummer.parse("19880229-1230", TODAY).birthDate()).isEqualTo(LocalDate.of(1988, 2, 29));
	}

	@Test
	void wrong_check_digit_is_refused() {
		assertThatThrownBy(() -> Personnummer.parse("19121212-1213", TODAY))
			.isInstanceOf(InvalidPersonnummerException.class)
			.hasMessage("Kontrollsiffran stämmer inte");
	}

	@ParameterizedTest
	@ValueSource(strings = { "20230230-1235", "19121292-1215" })
	void impossible_date_is_refused_even_with_a_correct_check_digit(String number) {
		assertThatThrownBy(() -> Personnummer.parse(number, TODAY)).hasMessage("Födelsedatumet finns inte");
	}

	@Test
	void birth_date_in_the_future_is_refused() {
		assertThatThrownBy(() -> Personnummer.parse("20270101-1237", TODAY)).hasMessage("Födelsedatumet ligger i framtiden");
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "1912121212", "19121212_1212", "abcdefgh-ijkl", "19121212-12120", "19121212+1212" })
	void malformed_numbers_are_refused(String text) {
		assertThatThrownBy(() -> Personnummer.parse(text, TODAY)).isInstanceOf(InvalidPersonnummerException.class);
	}

	@Test
	void masked_form_and_to_string_show_only_the_birth_year() {
		Personnummer personnummer = Personnummer.parse("19121212-1212", TODAY);

		assertThat(personnummer.masked()).isEqualTo("1912****-****");
		assertThat(personnummer).hasToString("1912****-****");
	}

	@Test
	void refusal_messages_never_contain_the_number() {
		assertThatThrownBy(() -> Personnummer.parse("19121212-1213", TODAY)).message().doesNotContain("1212");
	}

	@Test
	void equal_numbers_written_differently_are_equal() {
		assertThat(Personnummer.parse("121212+1212", TODAY)).isEqualTo(Personnummer.parse("191212121212", TODAY))
			.hasSameHashCodeAs(Personnummer.parse("191212121212", TODAY));
	}

	@Test
	void knows_sex_and_age_for_the_screening_cut_offs() {
		Personnummer man = Personnummer.parse("19121212-1212", TODAY);
		Personnummer woman = Personnummer.parse("19900101-2385", TODAY);

		assertThat(man.isMale()).isTrue();
		assertThat(woman.isMale()).isFalse();
		assertThat(woman.ageOn(TODAY)).isEqualTo(36);
	}

	@Test
	void a_validator_collects_the_refusal_under_its_field_name() {
		java.util.Map<String, String> errors = new java.util.LinkedHashMap<>();

		assertThat(Personnummer.parse("19121212-1212", TODAY, "patient", errors)).isEqualTo(Personnummer.parse("191212121212", TODAY));
		assertThat(Personnummer.parse("19121212-1213", TODAY, "guardians[0].personnummer", errors)).isNull();
		assertThat(errors).containsExactly(java.util.Map.entry("guardians[0].personnummer", "Kontrollsiffran stämmer inte"));
	}

}
