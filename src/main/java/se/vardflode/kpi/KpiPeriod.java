package se.vardflode.kpi;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Date;

/** Whole months, both ends included, in Swedish time. */
record KpiPeriod(YearMonth from, YearMonth to) {

	static final ZoneId SWEDEN = ZoneId.of("Europe/Stockholm");
	static final int FIRST_YEAR = 2000;
	static final int LAST_YEAR = 2100;
	/** Ten years: the longest follow-up a region asks for, and bounded work per request. */
	static final int MAX_MONTHS = 120;

	Date start() {
		return Date.from(from.atDay(1).atStartOfDay(SWEDEN).toInstant());
	}

	Date end() {
		return Date.from(to.plusMonths(1).atDay(1).atStartOfDay(SWEDEN).toInstant());
	}

	static YearMonth monthOf(Date date) {
		LocalDate day = date.toInstant().atZone(SWEDEN).toLocalDate();
		return YearMonth.from(day);
	}

}
