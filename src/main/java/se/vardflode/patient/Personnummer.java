package se.vardflode.patient;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Swedish personnummer or samordningsnummer (day of birth + 60), validated once at the edge: twelve digits, a real
 * date, and the Luhn check digit over the last ten (Skatteverket SKV 704). {@link #toString()} is masked so that a
 * personnummer never lands in a log line by accident; {@link #value()} is the full twelve-digit form.
 */
public record Personnummer(String value) {

	private static final Pattern FORMAT = Pattern.compile("(\\d{8})[-+]?(\\d{4})");

	public Personnummer {
		if (value == null || !value.matches("\\d{12}")) {
			throw new IllegalArgumentException("Ett personnummer har tolv siffror: ÅÅÅÅMMDD-NNNN");
		}
		if (!realDate(value)) {
			throw new IllegalArgumentException("Personnumret har inget giltigt födelsedatum");
		}
		if (!luhn(value.substring(2))) {
			throw new IllegalArgumentException("Personnumrets kontrollsiffra stämmer inte");
		}
	}

	/** Reads {@code ÅÅÅÅMMDD-NNNN} or {@code ÅÅÅÅMMDDNNNN}, with spaces around ignored. */
	public static Personnummer parse(String text) {
		Matcher matcher = FORMAT.matcher(text == null ? "" : text.strip());
		if (!matcher.matches()) {
			throw new IllegalArgumentException("Ett personnummer skrivs ÅÅÅÅMMDD-NNNN");
		}
		return new Personnummer(matcher.group(1) + matcher.group(2));
	}

	public boolean isSamordningsnummer() {
		return Integer.parseInt(value.substring(6, 8)) > 60;
	}

	/** Year, month and day only: enough for a person to recognise, useless to anyone else. */
	public String masked() {
		return value.substring(0, 8) + "-****";
	}

	@Override
	public String toString() {
		return masked();
	}

	private static boolean realDate(String digits) {
		int day = Integer.parseInt(digits.substring(6, 8));
		try {
			LocalDate.of(Integer.parseInt(digits.substring(0, 4)), Integer.parseInt(digits.substring(4, 6)), day > 60 ? day - 60 : day);
			return true;
		}
		catch (DateTimeException ex) {
			return false;
		}
	}

	private static boolean luhn(String tenDigits) {
		int sum = 0;
		for (int i = 0; i < tenDigits.length(); i++) {
			int digit = tenDigits.charAt(i) - '0';
			if (i % 2 == 0) {
				digit *= 2;
				if (digit > 9) {
					digit -= 9;
				}
			}
			sum += digit;
		}
		return sum % 10 == 0;
	}

}
