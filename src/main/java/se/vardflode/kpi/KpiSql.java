package se.vardflode.kpi;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The KPI queries name the pathways' process keys, activity ids and variables as the process facades declare them
 * ({@code ChatProcess.EXTEND_CHAT}), written into the SQL as literals — not bound as parameters — so that the
 * database uses the indexes made for exactly those values ({@code db/vendor/postgresql}).
 */
final class KpiSql {

	private static final Pattern NAME = Pattern.compile("\\{(\\w+)}");

	private KpiSql() {
	}

	/** Replaces each {@code {name}} with the quoted value the map gives it; a name it does not give is a defect. */
	static String of(String template, Map<String, ?> literals) {
		Matcher names = NAME.matcher(template);
		StringBuilder sql = new StringBuilder();
		while (names.find()) {
			Object value = literals.get(names.group(1));
			if (value == null) {
				throw new IllegalArgumentException("No literal for {" + names.group(1) + "} in a KPI query");
			}
			String text = String.valueOf(value);
			if (!text.matches("[\\w-]+")) {
				throw new IllegalArgumentException("Not an id: " + text);
			}
			names.appendReplacement(sql, Matcher.quoteReplacement("'" + text + "'"));
		}
		names.appendTail(sql);
		return sql.toString();
	}

}
