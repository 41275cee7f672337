package se.vardflode.kernel;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Period;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Swedish personnummer or samordningsnummer (coordination number), validated once at the edge: format, date of
 * birth and the Luhn check digit (Skatteverket SKV 704). A samordningsnummer has 60 added to the day of birth.
 * <p>
 * Accepted forms: {@code YYYYMMDDNNNN}, {@code YYYYMMDD-NNNN}, {@code YYMMDDNNNN}, {@code YYMMDD-NNNN} and
 * {@code YYMMDD+NNNN} (the plus sign marks a person who has turned 100). A ten-digit number gets the century that
 * makes the person at most 99 years old on the reference day (at least 100 with the plus sign).
 * <p>
 * {@link #toString()} is masked so that a personnummer never lands in a log line by accident; use
 * {@link #value()} where the full number is needed (database, patient record).
 */
public final class Personnummer {

	private static final Pattern FORMAT = Pattern.compile("(\\d{2})?(\\d{6})([-+])?(\\d{4})");

	private final String digits;

	private Personnummer(String digits) {
		this.digits = digits;
	}

	/** Parses with today's Swedish date ({@link CareTime}) as reference for ten-digit numbers. */
	public static Personnummer parse(String text) {
		return parse(text, CareTime.today());
	}

	/**
	 * @param text the number as typed
	 * @param today reference day for the century of a ten-digit number
	 * @throws InvalidPersonnummerException with a Swedish message saying what is wrong
	 */
	public static Personnummer parse(String text, LocalDate today) {
		if (text == null || text.isBlank()) {
			throw new InvalidPersonnummerException("Personnummer saknas");
		}
		Matcher m = FORMAT.matcher(text.strip());
		if (!m.matches()) {
			throw new InvalidPersonnummerException("Personnummer ska skrivas ÅÅÅÅMMDD-NNNN eller ÅÅMMDD-NNNN");
		}
		String century = m.group(1);
		String yymmdd = m.group(2);
		String separator = m.group(3);
		String last4 = m.group(4);
		if (century != null && "+".equals(separator)) {
			throw new InvalidPersonnummerException("Plustecken används bara med tvåsiffrigt årtal");
		}
		if (!luhnValid(yymmdd + last4)) {
			throw new InvalidPersonnummerException("Kontrollsiffran stämmer inte");
		}
		int month = Integer.parseInt(yymmdd.substring(2, 4));
		int day = Integer.parseInt(yymmdd.substring(4, 6));
		int birthDay = day > 60 ? day - 60 : day;
		String fullYear = century != null ? century + yymmdd.substring(0, 2)
				: String.valueOf(inferYear(Integer.parseInt(yymmdd.substring(0, 2)), "+".equals(separator), today));
		LocalDate birthDate;
		try {
			birthDate = LocalDate.of(Integer.parseInt(fullYear), month, birthDay);
		}
		catch (DateTimeException ex) {
			throw new InvalidPersonnummerException("Födelsedatumet finns inte");
		}
		if (birthDate.isAfter(today)) {
			throw new InvalidPersonnummerException("Födelsedatumet ligger i framtiden");
		}
		return new Personnummer(fullYear + yymmdd.substring(2) + last4);
	}

	/**
	 * For validators that collect every error of a request: the number, or {@code null} with the reason put in
	 * {@code errors} under {@code field}.
	 */
	public static Personnummer parse(String text, LocalDate today, String field, Map<String, String> errors) {
		try {
			return parse(text, today);
		}
		catch (InvalidPersonnummerException ex) {
			errors.put(field, ex.getMessage());
			return null;
		}
	}

	/**
	 * A number that was validated when it entered the system and stored as {@link #value()}: checked for shape only,
	 * so that reading old rows never fails on a rule that changed since.
	 */
	public static Personnummer fromStorage(String twelveDigits) {
		if (twelveDigits == null || !twelveDigits.matches("\\d{12}")) {
			throw new IllegalArgumentException("A stored personnummer has twelve digits");
		}
		return new Personnummer(twelveDigits);
	}

	/** Whether the text is a valid number, for validators that collect all errors of a request. */
	public static boolean isValid(String text, LocalDate today) {
		try {
			parse(text, today);
			return true;
		}
		catch (InvalidPersonnummerException ex) {
			return false;
		}
	}

	private static int inferYear(int yy, boolean hundredOrOlder, LocalDate today) {
		int year = today.getYear() - Math.floorMod(today.getYear() - yy, 100);
		// the latest year with those two digits that is not after this year; birthdays later this year still count
		return hundredOrOlder ? year - 100 : year;
	}

	/** Luhn over the ten digits YYMMDDNNNN, weights 2,1,2,1,… from the left. */
	static boolean luhnValid(String tenDigits) {
		int sum = 0;
		for (int i = 0; i < tenDigits.length(); i++) {
			int d = (tenDigits.charAt(i) - '0') * (i % 2 == 0 ? 2 : 1);
			sum += d / 10 + d % 10;
		}
		return sum % 10 == 0;
	}

	/** The canonical twelve digits YYYYMMDDNNNN, for storage. */
	public String value() {
		return digits;
	}

	/** YYYYMMDD-NNNN, for people (forms, the patient record). */
	public String formatted() {
		return digits.substring(0, 8) + "-" + digits.substring(8);
	}

	public LocalDate birthDate() {
		int day = Integer.parseInt(digits.substring(6, 8));
		return LocalDate.of(Integer.parseInt(digits.substring(0, 4)), Integer.parseInt(digits.substring(4, 6)),
				day > 60 ? day - 60 : day);
	}

	public boolean isSamordningsnummer() {
		return Integer.parseInt(digits.substring(6, 8)) > 60;
	}

	/** Legal sex as the number records it: an odd second-to-last digit is male. */
	public boolean isMale() {
		return (digits.charAt(10) - '0') % 2 == 1;
	}

	public int ageOn(LocalDate date) {
		return Period.between(birthDate(), date).getYears();
	}

	/** Birth year only, e.g. {@code 1912****-****}: enough to tell records apart in a log, too little to identify. */
	public String masked() {
		return digits.substring(0, 4) + "****-****";
	}

	@Override
	public String toString() {
		return masked();
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof Personnummer that && digits.equals(that.digits);
	}

	@Override
	public int hashCode() {
		return Objects.hash(digits);
	}

}
