package se.vardflode.bench;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/**
 * Distinct synthetic personnummer for load: birth dates spread over the days from 2005 with serials 200–899, each
 * with a valid Luhn check digit (700 a day: 100,000 numbers are born within five months, young people of a youth
 * clinic's ages, 13–25, for years). They are generated test numbers for benchmarks, never people's.
 */
final class TestPersonnummer {

	private static final LocalDate FIRST_BIRTH_DATE = LocalDate.of(2005, 1, 1);
	private static final int SERIALS_PER_DAY = 700;
	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyyMMdd");

	private TestPersonnummer() {
	}

	/** The n:th number (n from 0), "YYYYMMDD-NNNC". */
	static String nth(int n) {
		LocalDate born = FIRST_BIRTH_DATE.plusDays(n / SERIALS_PER_DAY);
		String serial = String.valueOf(200 + n % SERIALS_PER_DAY);
		String date = born.format(DATE);
		return date + "-" + serial + checkDigit(date.substring(2) + serial);
	}

	/** Luhn over the ten-digit form's first nine digits (YYMMDDNNN). */
	static int checkDigit(String nineDigits) {
		int sum = 0;
		for (int i = 0; i < nineDigits.length(); i++) {
			int product = (nineDigits.charAt(i) - '0') * (i % 2 == 0 ? 2 : 1);
			sum += product / 10 + product % 10;
		}
		return (10 - sum % 10) % 10;
	}

}
