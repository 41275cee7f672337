package se.vardflode.patient;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import se.vardflode.kernel.Personnummer;

/** The patient's age as a task header says it. */
class CasePatientTest {

	static final LocalDate TODAY = LocalDate.of(2026, 11, 27);

	@Test
	void the_age_is_in_years_from_two_in_months_before_and_in_days_in_the_first_month() {
		assertThat(patient("19121212-1212").ageOn(TODAY)).isEqualTo("113 år");
		assertThat(patient("20241127-2384").ageOn(TODAY)).isEqualTo("2 år");
		assertThat(patient("20250512-2388").ageOn(TODAY)).isEqualTo("18 mån");
		assertThat(patient("20261115-2386").ageOn(TODAY)).isEqualTo("12 dagar");
	}

	private static CasePatient patient(String personnummer) {
		return new CasePatient(Personnummer.parse(personnummer, TODAY), Optional.empty());
	}

}
