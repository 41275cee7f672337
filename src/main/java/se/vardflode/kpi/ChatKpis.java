package se.vardflode.kpi;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import se.vardflode.chat.ChatProcess;
import se.vardflode.kpi.KpiTable.Column;

/**
 * Chat figures per unit and month from the chat_channel and chat_participant tables and the engine's history (an
 * extension is a completed {@code extendChat} activity of chat-enrollment). Three queries, whatever the period, each
 * aggregated in the database to a few rows: the chats by the months they opened, closed and began to expire in
 * (counted here into every month they were open in), the extensions and the participants added later by the month they
 * happened in. Months are found by CASE over the months' ends, the same bounds on H2 and PostgreSQL. 100k chats:
 * docs/benchmarks.md.
 * "Expiring within 30 days" uses each chat's closing time as it is now: an extension made later moves a chat out of
 * the earlier months, because the table keeps only the latest closing time.
 */
@Component
class ChatKpis {

	static final String AREA = "chats";
	static final List<Column> COLUMNS = List.of(
			new Column("unitId", "Enhet"), new Column("month", "Månad"),
			new Column("started", "Startade chattar"), new Column("openAtMonthEnd", "Öppna vid månadens slut"),
			new Column("closedByExpiry", "Stängda när tiden gick ut"), new Column("closedByStaff", "Stängda av personal"),
			new Column("closedByPatient", "Stängda av patient"), new Column("extended", "Förlängda"),
			new Column("expiringWithin30Days", "Stänger inom 30 dagar"),
			new Column("participantsAdded", "Tillagda vårdnadshavare eller partner"));

	private static final Duration EXPIRING_WINDOW = Duration.ofDays(30);
	/** chat_channel.closed_by and the column that counts it. */
	private static final Map<String, String> CLOSED_BY = Map.of("EXPIRED", "closedByExpiry", "STAFF", "closedByStaff",
			"PATIENT", "closedByPatient");

	/**
	 * Each chat open at some time in the period (opened before its end, not closed before its start), reduced to the
	 * months it opened and closed in and the first month whose end + 30 days falls after its closing time: chats with
	 * the same unit, months and closing cause are one row, so the database aggregates once per chat instead of once
	 * per chat and month it was open (issue 22, B5). {@code %1$s}, {@code %2$s}, {@code %3$s}: the month of opening
	 * (-1 before the period), closing and expiring, {@link #monthOf}.
	 */
	private static final String CHANNELS = """
			select unit_id, opened_in, closed_in, closed_by, expiring_from, count(*) as chats
			from (select c.unit_id, %1$s as opened_in, %2$s as closed_in, c.closed_by, %3$s as expiring_from
			  from chat_channel c
			  where c.opened_at < ? and (c.closed_at is null or c.closed_at >= ?)) t
			group by unit_id, opened_in, closed_in, closed_by, expiring_from
			""";

	/** Extensions (completed extendChat activities) per unit and month; an index on PostgreSQL keeps this to them. */
	private static final String EXTENSIONS = """
			select unit_id, happened_in, count(*) from (select c.unit_id, %s as happened_in
			  from ACT_HI_ACTINST a join chat_channel c on c.process_instance_id = a.PROC_INST_ID_
			  where a.ACT_ID_ = {extendChat} and a.END_TIME_ >= ? and a.END_TIME_ < ?) t
			group by unit_id, happened_in
			""";

	/**
	 * Participants at enrollment are registered with the chat's own creation time; later ones joined by consent, as
	 * guardians (a partner too). The patient, registered at enrollment, is left out before the join.
	 */
	private static final String PARTICIPANTS_ADDED = """
			select unit_id, happened_in, count(*) from (select c.unit_id, %s as happened_in
			  from chat_participant p join chat_channel c on c.id = p.chat_id
			  where p.added_at >= ? and p.added_at < ? and p.role <> 'PATIENT' and p.added_at > c.created_at) t
			group by unit_id, happened_in
			""";

	private final JdbcTemplate jdbc;

	ChatKpis(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	KpiTable compute(KpiPeriod period, Predicate<String> visibleUnit) {
		KpiRows rows = new KpiRows(COLUMNS);
		List<YearMonth> months = new ArrayList<>();
		List<Timestamp> monthEnds = new ArrayList<>();
		List<Timestamp> expiringBefore = new ArrayList<>();
		for (YearMonth month = period.from(); !month.isAfter(period.to()); month = month.plusMonths(1)) {
			Date end = new KpiPeriod(month, month).end();
			months.add(month);
			monthEnds.add(new Timestamp(end.getTime()));
			expiringBefore.add(new Timestamp(end.toInstant().plus(EXPIRING_WINDOW).toEpochMilli()));
		}
		Timestamp start = new Timestamp(period.start().getTime());
		Timestamp end = new Timestamp(period.end().getTime());
		int count = months.size();

		List<Object> parameters = new ArrayList<>();
		parameters.add(start);
		parameters.addAll(monthEnds);
		parameters.addAll(monthEnds);
		parameters.addAll(expiringBefore);
		parameters.addAll(List.of(end, start));
		String channels = CHANNELS.formatted("case when c.opened_at < ? then -1 " + monthOf("c.opened_at", count),
				"case " + monthOf("c.closed_at", count), "case " + monthOf("c.expires_at", count));
		jdbc.query(channels, rs -> {
			String unit = rs.getString("unit_id");
			if (!visibleUnit.test(unit)) {
				return;
			}
			int openedIn = rs.getInt("opened_in");
			// a chat still open (closed_at null) closes after every month, one that never expires expires after every month
			int closedIn = rs.getInt("closed_in");
			String closedBy = rs.getString("closed_by");
			int expiringFrom = rs.getInt("expiring_from");
			long chats = rs.getLong("chats");
			for (int i = Math.max(openedIn, 0); i <= Math.min(closedIn, count - 1); i++) {
				Map<String, Object> row = rows.row(unit, months.get(i));
				add(row, "started", i == openedIn ? chats : 0);
				add(row, "openAtMonthEnd", i < closedIn ? chats : 0);
				if (i == closedIn && closedBy != null && CLOSED_BY.containsKey(closedBy)) {
					add(row, CLOSED_BY.get(closedBy), chats);
				}
				add(row, "expiringWithin30Days", i < closedIn && expiringFrom <= i ? chats : 0);
			}
		}, parameters.toArray());
		countPerMonth(KpiSql.of(EXTENSIONS.formatted("case " + monthOf("a.END_TIME_", count)),
				Map.of("extendChat", ChatProcess.EXTEND_CHAT)), "extended", rows, visibleUnit, monthEnds, start, end, months);
		countPerMonth(PARTICIPANTS_ADDED.formatted("case " + monthOf("p.added_at", count)), "participantsAdded", rows,
				visibleUnit, monthEnds, start, end, months);
		return new KpiTable(AREA, period.from(), period.to(), COLUMNS, rows.list());
	}

	/**
	 * The rest of a CASE expression giving the index of the period's month a time falls in, by the months' ends as
	 * parameters ({@code count} of them): the first month whose end is after it, {@code count} when none is (or the
	 * time is null: never closed, never expiring).
	 */
	private static String monthOf(String time, int count) {
		return String.join(" ", Collections.nCopies(count, "when " + time + " < ? then %d")).formatted(
				java.util.stream.IntStream.range(0, count).boxed().toArray()) + " else " + count + " end";
	}

	private static void add(Map<String, Object> row, String column, long chats) {
		row.merge(column, chats, (a, b) -> (Long) a + (Long) b);
	}

	/** Adds the events a query counted per unit and month index into their unit's row of that month. */
	private void countPerMonth(String events, String column, KpiRows rows, Predicate<String> visibleUnit,
			List<Timestamp> monthEnds, Timestamp start, Timestamp end, List<YearMonth> months) {
		List<Object> parameters = new ArrayList<>(monthEnds);
		parameters.addAll(List.of(start, end));
		jdbc.query(events, rs -> {
			if (visibleUnit.test(rs.getString(1))) {
				add(rows.row(rs.getString(1), months.get(rs.getInt(2))), column, rs.getLong(3));
			}
		}, parameters.toArray());
	}

}
