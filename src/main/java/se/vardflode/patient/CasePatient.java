package se.vardflode.patient;

import java.time.LocalDate;
import java.time.Period;
import java.util.Optional;

import se.vardflode.kernel.PatientName;
import se.vardflode.kernel.Personnummer;

/**
 * The patient a task is about, as its header shows her to staff.
 *
 * @param personnummer as recorded when her pathway started
 * @param name from the {@link PatientDirectory}, empty when it knows none
 */
public record CasePatient(Personnummer personnummer, Optional<PatientName> name) {

	/** Her age as staff say it: "36 år", under two years "5 mån" (BVC), under a month "12 dagar". */
	public String ageOn(LocalDate day) {
		Period age = Period.between(personnummer.birthDate(), day);
		if (age.getYears() >= 2) {
			return age.getYears() + " år";
		}
		int months = age.getYears() * 12 + age.getMonths();
		if (months >= 1) {
			return months + " mån";
		}
		return age.getDays() == 1 ? "1 dag" : Math.max(0, age.getDays()) + " dagar";
	}

}
