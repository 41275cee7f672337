package se.vardflode.kpi;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import se.vardflode.chat.ChatProcess;
import se.vardflode.kpi.KpiTable.Column;

/**
 * Chat figures per unit and month from the chat_channel and chat_participant tables and the engine's history (an
 * extension is a completed {@code extendChat} activity of chat-enrollment). Three queries, whatever the period: the
 * chats' state in every month in one pass (the months joined in as a VALUES list), and the extensions and the
 * participants added later (few rows) counted here into the months they happened in. 100k chats: docs/benchmarks.md.
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

	/**
	 * Chats that were open at some time in a month (opened before its end, not closed before its start), for every
	 * month of the period in one pass: the months are joined in as a VALUES list (index, start, end, end + 30 days).
	 */
	private static final String CHANNELS = """
			select m.i, c.unit_id,
			  sum(case when c.opened_at >= m.month_start then 1 else 0 end) as started,
			  sum(case when c.closed_at is null or c.closed_at >= m.month_end then 1 else 0 end) as open_at_end,
			  sum(case when c.closed_at < m.month_end and c.closed_by = 'EXPIRED' then 1 else 0 end) as closed_by_expiry,
			  sum(case when c.closed_at < m.month_end and c.closed_by = 'STAFF' then 1 else 0 end) as closed_by_staff,
			  sum(case when c.closed_at < m.month_end and c.closed_by = 'PATIENT' then 1 else 0 end) as closed_by_patient,
			  sum(case when (c.closed_at is null or c.closed_at >= m.month_end) and c.expires_at < m.expiring_before
			    then 1 else 0 end) as expiring
			from chat_channel c join (values %s) as m(i, month_start, month_end, expiring_before)
			  on c.opened_at < m.month_end and (c.closed_at is null or c.closed_at >= m.month_start)
			group by m.i, c.unit_id
			""";
	private static final String MONTH = "(cast(? as integer), cast(? as timestamp with time zone), "
			+ "cast(? as timestamp with time zone), cast(? as timestamp with time zone))";

	/** Each extension in the period (an index on PostgreSQL keeps this to the extensions, db/vendor/postgresql). */
	private static final String EXTENSIONS = KpiSql.of("""
			select c.unit_id, a.END_TIME_
			from ACT_HI_ACTINST a join chat_channel c on c.process_instance_id = a.PROC_INST_ID_
			where a.ACT_ID_ = {extendChat} and a.END_TIME_ >= ? and a.END_TIME_ < ?
			""", Map.of("extendChat", ChatProcess.EXTEND_CHAT));

	/**
	 * Participants at enrollment are registered with the chat's own creation time; later ones joined by consent, as
	 * guardians (a partner too). The patient, registered at enrollment, is left out before the join.
	 */
	private static final String PARTICIPANTS_ADDED = """
			select c.unit_id, p.added_at
			from chat_participant p join chat_channel c on c.id = p.chat_id
			where p.added_at >= ? and p.added_at < ? and p.role <> 'PATIENT' and p.added_at > c.created_at
			""";

	private final JdbcTemplate jdbc;

	ChatKpis(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	KpiTable compute(KpiPeriod period, Predicate<String> visibleUnit) {
		KpiRows rows = new KpiRows(COLUMNS);
		List<YearMonth> months = new ArrayList<>();
		List<Object> monthBounds = new ArrayList<>();
		for (YearMonth month = period.from(); !month.isAfter(period.to()); month = month.plusMonths(1)) {
			KpiPeriod one = new KpiPeriod(month, month);
			monthBounds.addAll(List.of(months.size(), new Timestamp(one.start().getTime()),
					new Timestamp(one.end().getTime()),
					new Timestamp(one.end().toInstant().plus(EXPIRING_WINDOW).toEpochMilli())));
			months.add(month);
		}
		jdbc.query(CHANNELS.formatted(String.join(", ", Collections.nCopies(months.size(), MONTH))), rs -> {
			if (visibleUnit.test(rs.getString("unit_id"))) {
				Map<String, Object> row = rows.row(rs.getString("unit_id"), months.get(rs.getInt("i")));
				row.put("started", rs.getLong("started"));
				row.put("openAtMonthEnd", rs.getLong("open_at_end"));
				row.put("closedByExpiry", rs.getLong("closed_by_expiry"));
				row.put("closedByStaff", rs.getLong("closed_by_staff"));
				row.put("closedByPatient", rs.getLong("closed_by_patient"));
				row.put("expiringWithin30Days", rs.getLong("expiring"));
			}
		}, monthBounds.toArray());
		Timestamp start = new Timestamp(period.start().getTime());
		Timestamp end = new Timestamp(period.end().getTime());
		countPerMonth(EXTENSIONS, "extended", rows, visibleUnit, start, end);
		countPerMonth(PARTICIPANTS_ADDED, "participantsAdded", rows, visibleUnit, start, end);
		return new KpiTable(AREA, period.from(), period.to(), COLUMNS, rows.list());
	}

	/** Counts the events a query returns (unit, time) in their unit's row of the month they happened in. */
	private void countPerMonth(String events, String column, KpiRows rows, Predicate<String> visibleUnit,
			Timestamp start, Timestamp end) {
		jdbc.query(events, rs -> {
			if (visibleUnit.test(rs.getString(1))) {
				rows.increment(rs.getString(1), KpiPeriod.monthOf(rs.getTimestamp(2)), column);
			}
		}, start, end);
	}

}
