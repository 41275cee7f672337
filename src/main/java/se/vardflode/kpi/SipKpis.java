package se.vardflode.kpi;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.YearMonth;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import se.vardflode.kpi.KpiTable.Column;
import se.vardflode.sip.SipProcess;

/**
 * SIP figures per coordinating unit ({@code unitId}) and month from the history of sip-coordination instances that
 * were alive in the period, using the KPI signals the process records: requested (start), consentedAt, meetingHeldAt
 * with meetingHeldWithinDeadline, and a plan in force from the first completed {@code writePlan} until the instance
 * ends. One query pivots the few variables each instance needs.
 */
@Component
class SipKpis {

	static final String AREA = "sip";
	static final List<Column> COLUMNS = List.of(
			new Column("unitId", "Enhet"), new Column("month", "Månad"),
			new Column("requested", "Begärda SIP"), new Column("consented", "Samtycken"),
			new Column("meetingsHeld", "Hållna SIP-möten"), new Column("meetingsHeldWithinDeadline", "Möten hållna i tid"),
			new Column("activePlansAtMonthEnd", "Aktiva planer vid månadens slut"));

	private static final String SQL = KpiSql.of("""
			select p.ID_ as id, p.START_TIME_ as started, p.END_TIME_ as ended,
			  max(case when v.NAME_ = {unitId} then v.TEXT_ end) as unit_id,
			  max(case when v.NAME_ = {consentedAt} then v.LONG_ end) as consented_at,
			  max(case when v.NAME_ = {meetingHeldAt} then v.LONG_ end) as meeting_held_at,
			  max(case when v.NAME_ = {meetingHeldWithinDeadline} then v.LONG_ end) as within_deadline,
			  (select min(a.END_TIME_) from ACT_HI_ACTINST a
			   where a.PROC_INST_ID_ = p.ID_ and a.ACT_ID_ = {writePlan} and a.END_TIME_ is not null) as plan_written
			from ACT_HI_PROCINST p join ACT_HI_VARINST v on v.PROC_INST_ID_ = p.ID_
			where p.PROC_DEF_KEY_ = {sip} and p.START_TIME_ < ? and (p.END_TIME_ is null or p.END_TIME_ >= ?)
			  and v.NAME_ in ({unitId}, {consentedAt}, {meetingHeldAt}, {meetingHeldWithinDeadline})
			group by p.ID_, p.START_TIME_, p.END_TIME_
			""", Map.of("unitId", SipProcess.UNIT_ID.name(), "consentedAt", SipProcess.CONSENTED_AT.name(), "meetingHeldAt",
			SipProcess.MEETING_HELD_AT.name(), "meetingHeldWithinDeadline", SipProcess.MEETING_HELD_WITHIN_DEADLINE.name(), "writePlan",
			SipProcess.WRITE_PLAN, "sip", SipProcess.KEY));

	private record Sip(String unitId, Date started, Date ended, Date consentedAt, Date meetingHeldAt, boolean withinDeadline,
			Date planWritten) {
	}

	private final JdbcTemplate jdbc;

	SipKpis(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	KpiTable compute(KpiPeriod period, Predicate<String> visibleUnit) {
		List<Sip> sips = jdbc.query(SQL, (rs, i) -> new Sip(rs.getString("unit_id"), rs.getTimestamp("started"),
				rs.getTimestamp("ended"), date(rs, "consented_at"), date(rs, "meeting_held_at"), rs.getLong("within_deadline") == 1,
				rs.getTimestamp("plan_written")), new Timestamp(period.end().getTime()), new Timestamp(period.start().getTime()));
		KpiRows rows = new KpiRows(COLUMNS);
		for (Sip sip : sips) {
			if (!visibleUnit.test(sip.unitId())) {
				continue;
			}
			countIn(rows, period, sip.unitId(), sip.started(), "requested");
			countIn(rows, period, sip.unitId(), sip.consentedAt(), "consented");
			countIn(rows, period, sip.unitId(), sip.meetingHeldAt(), "meetingsHeld");
			if (sip.withinDeadline()) {
				countIn(rows, period, sip.unitId(), sip.meetingHeldAt(), "meetingsHeldWithinDeadline");
			}
			for (YearMonth month = period.from(); !month.isAfter(period.to()); month = month.plusMonths(1)) {
				Date monthEnd = new KpiPeriod(month, month).end();
				if (sip.planWritten() != null && sip.planWritten().before(monthEnd)
						&& (sip.ended() == null || !sip.ended().before(monthEnd))) {
					rows.increment(sip.unitId(), month, "activePlansAtMonthEnd");
				}
			}
		}
		return new KpiTable(AREA, period.from(), period.to(), COLUMNS, rows.list());
	}

	private static void countIn(KpiRows rows, KpiPeriod period, String unitId, Date when, String column) {
		if (when != null && !when.before(period.start()) && when.before(period.end())) {
			rows.increment(unitId, KpiPeriod.monthOf(when), column);
		}
	}

	private static Date date(ResultSet rs, String column) throws SQLException {
		long millis = rs.getLong(column);
		return rs.wasNull() ? null : new Date(millis);
	}

}
