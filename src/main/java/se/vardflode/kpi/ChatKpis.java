package se.vardflode.kpi;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import se.vardflode.kpi.KpiTable.Column;

/**
 * Chat figures per unit and month from the chat_channel and chat_participant tables and the engine's history (an
 * extension is a completed {@code extendChat} activity of chat-enrollment). Every figure is counted in SQL, one query
 * per month and source, so the cost grows with the months asked for, not with the years of chats kept.
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

	/** Chats that were open at some time in the month: opened before its end, not closed before its start. */
	private static final String CHANNELS = """
			select unit_id,
			  sum(case when opened_at >= ? then 1 else 0 end) as started,
			  sum(case when closed_at is null or closed_at >= ? then 1 else 0 end) as open_at_end,
			  sum(case when closed_at < ? and closed_by = 'EXPIRED' then 1 else 0 end) as closed_by_expiry,
			  sum(case when closed_at < ? and closed_by = 'STAFF' then 1 else 0 end) as closed_by_staff,
			  sum(case when closed_at < ? and closed_by = 'PATIENT' then 1 else 0 end) as closed_by_patient,
			  sum(case when (closed_at is null or closed_at >= ?) and expires_at < ? then 1 else 0 end) as expiring
			from chat_channel
			where opened_at < ? and (closed_at is null or closed_at >= ?)
			group by unit_id
			""";

	private static final String EXTENSIONS = """
			select c.unit_id, count(*) as extended
			from ACT_HI_ACTINST a join chat_channel c on c.process_instance_id = a.PROC_INST_ID_
			where a.ACT_ID_ = 'extendChat' and a.END_TIME_ >= ? and a.END_TIME_ < ?
			group by c.unit_id
			""";

	/** Participants at enrollment are registered with the chat's own creation time; later ones joined by consent. */
	private static final String PARTICIPANTS_ADDED = """
			select c.unit_id, count(*) as added
			from chat_participant p join chat_channel c on c.id = p.chat_id
			where p.added_at >= ? and p.added_at < ? and p.added_at > c.created_at
			group by c.unit_id
			""";

	private final JdbcTemplate jdbc;

	ChatKpis(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	KpiTable compute(KpiPeriod period, Predicate<String> visibleUnit) {
		KpiRows rows = new KpiRows(COLUMNS);
		for (YearMonth month = period.from(); !month.isAfter(period.to()); month = month.plusMonths(1)) {
			KpiPeriod one = new KpiPeriod(month, month);
			Timestamp start = new Timestamp(one.start().getTime());
			Timestamp end = new Timestamp(one.end().getTime());
			Timestamp expiringBefore = new Timestamp(one.end().toInstant().plus(EXPIRING_WINDOW).toEpochMilli());
			YearMonth current = month;
			jdbc.query(CHANNELS, rs -> {
				if (visibleUnit.test(rs.getString("unit_id"))) {
					Map<String, Object> row = rows.row(rs.getString("unit_id"), current);
					row.put("started", rs.getLong("started"));
					row.put("openAtMonthEnd", rs.getLong("open_at_end"));
					row.put("closedByExpiry", rs.getLong("closed_by_expiry"));
					row.put("closedByStaff", rs.getLong("closed_by_staff"));
					row.put("closedByPatient", rs.getLong("closed_by_patient"));
					row.put("expiringWithin30Days", rs.getLong("expiring"));
				}
			}, start, end, end, end, end, end, expiringBefore, end, start);
			jdbc.query(EXTENSIONS, rs -> {
				if (visibleUnit.test(rs.getString("unit_id"))) {
					rows.row(rs.getString("unit_id"), current).put("extended", rs.getLong("extended"));
				}
			}, start, end);
			jdbc.query(PARTICIPANTS_ADDED, rs -> {
				if (visibleUnit.test(rs.getString("unit_id"))) {
					rows.row(rs.getString("unit_id"), current).put("participantsAdded", rs.getLong("added"));
				}
			}, start, end);
		}
		return new KpiTable(AREA, period.from(), period.to(), COLUMNS, rows.list());
	}

}
