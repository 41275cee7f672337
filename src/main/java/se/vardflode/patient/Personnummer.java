package se.vardflode.patient;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Period;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Swedish personal identity number or coordination number (samordningsnummer: the day of birth plus 60), validated
 * once at the edge: format, a real date, and the Luhn check digit. {@link #toString()} is masked so that an
 * accidental log line does not carry it; {@link #value()} is the full number in the 12-digit form
 * {@code YYYYMMDD-NNNN}.
 */
public final class Personnummer {

	private static final Pattern FORMAT = Pattern.compile("(\\d{2})?(\\d{2})(\\d{2})(\\d{2})([-+]?)(\\d{3})(\\d)");

	private final LocalDate birthDate;
	private final boolean coordinationNumber;
	private final String value;

	private Personnummer(LocalDate birthDate, boolean coordinationNumber, String value) {
		this.birthDate = birthDate;
		this.coordinationNumber = coordinationNumber;
		this.value = value;
	}

	/** Parses a number written as 12 or 10 digits, with or without "-" ("+" for 100 years or older). */
	public static Personnummer parse(String text) {
		return parse(text, LocalDate.now());
	}

	/** As {@link #parse(String)}, with the date that decides the century of a 10-digit number. */
	public static Personnummer parse(String text, LocalDate today) {
		if (text == null) {
			throw new InvalidPersonnummerException("saknas");
		}
		Matcher m = FORMAT.matcher(text.strip());
		if (!m.matches()) {
			throw new InvalidPersonnummerException("ska skrivas som ÅÅÅÅMMDD-NNNN");
		}
		int yearOfCentury = Integer.parseInt(m.group(2));
		int month = Integer.parseInt(m.group(3));
		int dayField = Integer.parseInt(m.group(4));
		String serial = m.group(6);
		int checkDigit = Integer.parseInt(m.group(7));
		int year = m.group(1) != null ? Integer.parseInt(m.group(1)) * 100 + yearOfCentury
				: centuryOf(yearOfCentury, "+".equals(m.group(5)), today);
		boolean coordination = dayField > 60;
		LocalDate birthDate;
		try {
			birthDate = LocalDate.of(year, month, coordination ? dayField - 60 : dayField);
		}
		catch (DateTimeException ex) {
			throw new InvalidPersonnummerException("innehåller inget giltigt datum");
		}
		if (birthDate.isAfter(today)) {
			throw new InvalidPersonnummerException("har ett födelsedatum i framtiden");
		}
		String tenDigits = String.format("%02d%02d%02d%s", yearOfCentury, month, dayField, serial);
		if (luhnCheckDigit(tenDigits) != checkDigit) {
			throw new InvalidPersonnummerException("har fel kontrollsiffra");
		}
		return new Personnummer(birthDate, coordination, String.format("%04d%02d%02d-%s%d", year, month, dayField, serial, checkDigit));
	}

	private static int centuryOf(int yearOfCentury, boolean hundredOrOlder, LocalDate today) {
		int year = today.getYear() - Math.floorMod(today.getYear() - yearOfCentury, 100);
		return hundredOrOlder ? year - 100 : year;
	}

	/** The Luhn digit over the nine digits YYMMDDNNN, as Skatteverket computes it. */
	static int luhnCheckDigit(String nineOrMoreDigits) {
		int sum = 0;
		for (int i = 0; i < 9; i++) {
			int product = (nineOrMoreDigits.charAt(i) - '0') * (i % 2 == 0 ? 2 : 1);
			sum += product > 9 ? product - 9 : product;
		}
		return (10 - sum % 10) % 10;
	}

	public String value() {
		return value;
	}

	public LocalDate birthDate() {
		return birthDate;
	}

	public boolean isCoordinationNumber() {
		return coordinationNumber;
	}

	/** Legal sex as the number records it: an odd second-to-last digit is male. */
	public boolean isMale() {
		return (value.charAt(value.length() - 2) - '0') % 2 == 1;
	}

	public int ageOn(LocalDate date) {
		return Period.between(birthDate, date).getYears();
	}

	/** The birth date only, for log lines and screens that must not show the whole number. */
	public String masked() {
		return value.substring(0, 8) + "-****";
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof Personnummer that && value.equals(that.value);
	}

	@Override
	public int hashCode() {
		return value.hashCode();
	}

	@Override
	public String toString() {
		return masked();
	}

	/** Why a number was refused, in Swedish, completing "Personnumret ...". */
	public static class InvalidPersonnummerException extends IllegalArgumentException {

		InvalidPersonnummerException(String reason) {
			super("Personnumret " + reason);
		}

	}

}
