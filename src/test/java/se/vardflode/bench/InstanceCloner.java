package se.vardflode.bench;

import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Seeds scale fast: copies rows that the engine itself wrote for one template process instance, many times, with
 * fresh ids, in one INSERT … SELECT per table ({@code jsonb_populate_record} keeps every other column as the engine
 * wrote it). Starting 200k instances through the engine would take longer than the benchmarks themselves; the
 * copies are row for row what the engine writes for such an instance, which is what the measured queries read.
 */
final class InstanceCloner {

	private final JdbcTemplate jdbc;

	InstanceCloner(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Inserts {@code copies} copies of the rows of {@code table} that {@code where} selects (alias {@code t}),
	 * number {@code g} (1…copies) with the columns in {@code overrides} set to their SQL expressions over
	 * {@code t} and {@code g}. An id column copied as {@code t.ID_ || ':' || g} stays unique and within the
	 * engine's 64 characters.
	 */
	int copy(String table, String where, int copies, Map<String, String> overrides) {
		String values = overrides.entrySet().stream()
			.map(e -> "'" + e.getKey().toLowerCase() + "', " + e.getValue())
			.collect(Collectors.joining(", "));
		return jdbc.update("insert into " + table + " select (jsonb_populate_record(t, jsonb_build_object(" + values
				+ "))).* from " + table + " t cross join generate_series(1, ?) g where " + where, copies);
	}

	/** {@code column || ':' || g}: the copy's id, or null where the engine left the column null. */
	static String suffixed(String column) {
		return "t." + column + " || ':' || g";
	}

}
