package se.vardflode.kpi;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Date;

import se.vardflode.kernel.CareTime;

/** Whole months, both ends included, in Swedish time. */
record KpiPeriod(YearMonth from, YearMonth to) {

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
