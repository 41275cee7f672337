package se.vardflode.kpi;

import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import se.vardflode.kpi.KpiTable.Column;

/**
 * The rows of one area's table, one per unit and month in unit then month order. A row appears only when the unit
 * had something that month; its counts start at zero and its statistics (medians, percentiles, shares) at null: no
 * value is not a zero.
 */
final class KpiRows {

	private final List<Column> columns;
	private final Map<String, Map<String, Object>> rows = new TreeMap<>();

	KpiRows(List<Column> columns) {
		this.columns = columns;
	}

	Map<String, Object> row(String unitId, YearMonth month) {
		return rows.computeIfAbsent(unitId + "|" + month, key -> {
			Map<String, Object> row = new LinkedHashMap<>();
			row.put("unitId", unitId);
			row.put("month", month.toString());
			for (Column column : columns.subList(2, columns.size())) {
				row.put(column.key(), isStatistic(column.key()) ? null : 0L);
			}
			return row;
		});
	}

	void increment(String unitId, YearMonth month, String column) {
		row(unitId, month).merge(column, 1L, (a, b) -> (Long) a + (Long) b);
	}

	private static boolean isStatistic(String key) {
		return key.startsWith("median") || key.startsWith("p90") || key.startsWith("share");
	}

	List<Map<String, Object>> list() {
		return List.copyOf(rows.values());
	}

}
