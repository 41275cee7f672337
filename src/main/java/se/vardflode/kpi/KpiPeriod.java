package se.vardflode.kpi;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Date;

import se.vardflode.kernel.CareTime;

/** Whole months, both ends included, in Swedish time. */
record KpiPeriod(YearMonth from, YearMonth to) {

	static final int FIRST_YEAR = 2000;
	static final int LAST_YEAR = 2100;
	/** Ten years: the longest follow-up a region asks for, and bounded work per request. */
	static final int MAX_MONTHS = 120;

	Date start() {
		return Date.from(CareTime.startOf(from.atDay(1)));
	}

	Date end() {
		return Date.from(CareTime.startOf(to.plusMonths(1).atDay(1)));
	}

	static YearMonth monthOf(Date date) {
		LocalDate day = CareTime.dayOf(date.toInstant());
		return YearMonth.from(day);
	}

}
