package se.vardflode.kpi;

import java.time.YearMonth;
import java.util.List;
import java.util.Map;

/**
 * One area's figures: a stable JSON shape ({@code columns} say what each row key means, in Swedish for the CSV),
 * one row per unit and month.
 */
record KpiTable(String area, YearMonth from, YearMonth to, List<Column> columns, List<Map<String, Object>> rows) {

	record Column(String key, String heading) {
	}

}
