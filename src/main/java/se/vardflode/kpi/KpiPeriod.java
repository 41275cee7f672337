package se.vardflode.kpi;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Date;

/** Whole months, both ends included, in Swedish time. */
record KpiPeriod(YearMonth from, YearMonth to) {

	static final ZoneId SWEDEN = ZoneId.of("Europe/Stockholm");

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
