package se.vardflode.patient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PersonnummerTest {

	@Test
	void reads_a_test_personnummer_with_or_without_hyphen() {
		assertThat(Personnummer.parse("19121212-1212")).isEqualTo(Personnummer.parse(" 191212121212 "));
		assertThat(Personnummer.parse("19121212-1212").value()).isEqualTo("191212121212");
	}

	@Test
	void refuses_a_wrong_check_digit_a_date_that_does_not_exist_and_a_short_form() {
		assertThatThrownBy(() -> Personnummer.parse("19121212-1213")).hasMessageContaining("kontrollsiffra");
		assertThatThrownBy(() -> Personnummer.parse("19890230-1234")).hasMessageContaining("födelsedatum");
		assertThatThrownBy(() -> Personnummer.parse("121212-1212")).hasMessageContaining("ÅÅÅÅMMDD-NNNN");
	}

	@Test
	void a_samordningsnummer_has_the_day_plus_60() {
		// 1989-01-01 as samordningsnummer: day 61, check digit by Luhn
		Personnummer samordningsnummer = Personnummer.parse("19890161-9802");

		assertThat(samordningsnummer.isSamordningsnummer()).isTrue();
	}

	@Test
	void never_prints_the_last_four_digits() {
		assertThat(Personnummer.parse("19121212-1212")).hasToString("19121212-****");
	}

}
