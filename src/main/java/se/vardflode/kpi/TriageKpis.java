package se.vardflode.kpi;

import java.sql.Timestamp;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import se.vardflode.kpi.KpiTable.Column;
import se.vardflode.triage.CallBackProcess;
import se.vardflode.triage.GroupTreatmentProcess;
import se.vardflode.triage.TriageProcess;

/**
 * Triage figures from the history, per month of contact: for the PST unit a pst-triage instance serves
 * ({@code pstUnitId}) the contacts, the days from contact to the completed {@code pstAssessment} (median, 90th
 * percentile, and the share assessed before the care-guarantee timer {@code pstAssessmentOverdue} fired) and the
 * contacts that reached the same-day physician ({@code physicianAssessmentSameDay}: suicide-risk signal); for the unit
 * that promised a call-back ({@code unitId} of promised-call-back) the call-backs whose promised time passed
 * ({@code callBackTimePassed}); by month of a group's start ({@code startGroup} of group-treatment) the groups started,
 * their median number of patients, and the median days patients waited for it ({@code waitForGroupStart}).
 */
@Component
class TriageKpis {

	static final String AREA = "triage";
	static final List<Column> COLUMNS = List.of(
			new Column("unitId", "Enhet"), new Column("month", "Månad"),
			new Column("contacts", "Kontakter"), new Column("pstAssessments", "PST-bedömningar"),
			new Column("medianDaysToPstAssessment", "Median dagar till PST-bedömning"),
			new Column("p90DaysToPstAssessment", "90:e percentil dagar till PST-bedömning"),
			new Column("shareWithinCareGuarantee", "Andel inom vårdgarantin (%)"),
			new Column("suicideRiskEscalations", "Suicidrisk till läkare samma dag"),
			new Column("missedCallBacks", "Missade återuppringningar"), new Column("groupsStarted", "Startade grupper"),
			new Column("medianPatientsPerGroup", "Median patienter per grupp"),
			new Column("medianDaysWaitingForGroup", "Median dagar i kö till grupp"));

	private static final String CONTACTS = KpiSql.of("""
			select p.START_TIME_ as started,
			  (select max(v.TEXT_) from ACT_HI_VARINST v where v.PROC_INST_ID_ = p.ID_ and v.NAME_ = {pstUnitId}) as unit_id,
			  (select min(a.END_TIME_) from ACT_HI_ACTINST a
			   where a.PROC_INST_ID_ = p.ID_ and a.ACT_ID_ = {pstAssessment} and a.END_TIME_ is not null) as assessed,
			  (select count(*) from ACT_HI_ACTINST a where a.PROC_INST_ID_ = p.ID_ and a.ACT_ID_ = {pstAssessmentOverdue}) as overdue,
			  (select count(*) from ACT_HI_ACTINST a where a.PROC_INST_ID_ = p.ID_ and a.ACT_ID_ = {physicianAssessmentSameDay}) as physician
			from ACT_HI_PROCINST p
			where p.PROC_DEF_KEY_ = {triage} and p.START_TIME_ >= ? and p.START_TIME_ < ?
			""", Map.of("pstUnitId", TriageProcess.PST_UNIT_ID.name(), "pstAssessment", TriageProcess.PST_ASSESSMENT,
			"pstAssessmentOverdue", TriageProcess.PST_ASSESSMENT_OVERDUE, "physicianAssessmentSameDay", TriageProcess.PHYSICIAN_ASSESSMENT_SAME_DAY,
			"triage", TriageProcess.KEY));

	private static final String MISSED_CALL_BACKS = KpiSql.of("""
			select a.START_TIME_ as passed,
			  (select max(v.TEXT_) from ACT_HI_VARINST v where v.PROC_INST_ID_ = a.PROC_INST_ID_ and v.NAME_ = {unitId}) as unit_id
			from ACT_HI_ACTINST a
			where a.ACT_ID_ = {callBackTimePassed} and a.PROC_DEF_KEY_ = {callBack} and a.START_TIME_ >= ? and a.START_TIME_ < ?
			""", Map.of("unitId", CallBackProcess.UNIT_ID.name(), "callBackTimePassed", CallBackProcess.CALL_BACK_TIME_PASSED,
			"callBack", CallBackProcess.KEY));

	private static final String GROUPS_STARTED = KpiSql.of("""
			select a.END_TIME_ as started,
			  (select max(v.TEXT_) from ACT_HI_VARINST v where v.PROC_INST_ID_ = a.PROC_INST_ID_ and v.NAME_ = {pstUnitId}) as unit_id,
			  (select max(v.LONG_) from ACT_HI_VARINST v where v.PROC_INST_ID_ = a.PROC_INST_ID_ and v.NAME_ = {participantCount}) as patients
			from ACT_HI_ACTINST a
			where a.ACT_ID_ = {startGroup} and a.PROC_DEF_KEY_ = {group} and a.END_TIME_ >= ? and a.END_TIME_ < ?
			""", Map.of("pstUnitId", TriageProcess.PST_UNIT_ID.name(), "participantCount", GroupTreatmentProcess.PARTICIPANT_COUNT.name(),
			"startGroup", GroupTreatmentProcess.START_GROUP, "group", GroupTreatmentProcess.KEY));

	private static final String GROUP_WAITS = KpiSql.of("""
			select a.START_TIME_ as waiting_from, a.END_TIME_ as started,
			  (select max(v.TEXT_) from ACT_HI_VARINST v where v.PROC_INST_ID_ = a.PROC_INST_ID_ and v.NAME_ = {pstUnitId}) as unit_id
			from ACT_HI_ACTINST a
			where a.ACT_ID_ = {waitForGroupStart} and a.PROC_DEF_KEY_ = {triage} and a.END_TIME_ >= ? and a.END_TIME_ < ?
			""", Map.of("pstUnitId", TriageProcess.PST_UNIT_ID.name(), "waitForGroupStart", TriageProcess.WAIT_FOR_GROUP_START,
			"triage", TriageProcess.KEY));

	private static final double DAY_MILLIS = 24 * 60 * 60 * 1000.0;

	private final JdbcTemplate jdbc;

	TriageKpis(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	KpiTable compute(KpiPeriod period, Predicate<String> visibleUnit) {
		Timestamp start = new Timestamp(period.start().getTime());
		Timestamp end = new Timestamp(period.end().getTime());
		KpiRows rows = new KpiRows(COLUMNS);
		// per unit and month: days to each assessment, and how many were assessed within / outside the guarantee
		Map<Map.Entry<String, YearMonth>, List<Double>> days = new HashMap<>();
		Map<Map.Entry<String, YearMonth>, long[]> withinGuarantee = new HashMap<>();
		jdbc.query(CONTACTS, rs -> {
			String unit = rs.getString("unit_id");
			if (!visibleUnit.test(unit)) {
				return;
			}
			Timestamp started = rs.getTimestamp("started");
			YearMonth month = KpiPeriod.monthOf(started);
			rows.increment(unit, month, "contacts");
			if (rs.getLong("physician") > 0) {
				rows.increment(unit, month, "suicideRiskEscalations");
			}
			Timestamp assessed = rs.getTimestamp("assessed");
			if (assessed != null) {
				rows.increment(unit, month, "pstAssessments");
				Map.Entry<String, YearMonth> key = Map.entry(unit, month);
				days.computeIfAbsent(key, k -> new ArrayList<>()).add((assessed.getTime() - started.getTime()) / DAY_MILLIS);
				withinGuarantee.computeIfAbsent(key, k -> new long[2])[rs.getLong("overdue") == 0 ? 0 : 1]++;
			}
		}, start, end);
		days.forEach((key, values) -> {
			Map<String, Object> row = rows.row(key.getKey(), key.getValue());
			row.put("medianDaysToPstAssessment", Statistics.median(values));
			row.put("p90DaysToPstAssessment", Statistics.percentile(values, 90));
		});
		withinGuarantee.forEach((key, counts) -> rows.row(key.getKey(), key.getValue())
			.put("shareWithinCareGuarantee", Math.round(1000.0 * counts[0] / (counts[0] + counts[1])) / 10.0));
		jdbc.query(MISSED_CALL_BACKS, rs -> {
			String unit = rs.getString("unit_id");
			if (visibleUnit.test(unit)) {
				rows.increment(unit, KpiPeriod.monthOf(rs.getTimestamp("passed")), "missedCallBacks");
			}
		}, start, end);
		Map<Map.Entry<String, YearMonth>, List<Double>> patientsPerGroup = new HashMap<>();
		jdbc.query(GROUPS_STARTED, rs -> {
			String unit = rs.getString("unit_id");
			if (visibleUnit.test(unit)) {
				YearMonth month = KpiPeriod.monthOf(rs.getTimestamp("started"));
				rows.increment(unit, month, "groupsStarted");
				patientsPerGroup.computeIfAbsent(Map.entry(unit, month), k -> new ArrayList<>()).add((double) rs.getLong("patients"));
			}
		}, start, end);
		patientsPerGroup.forEach((key, counts) -> rows.row(key.getKey(), key.getValue()).put("medianPatientsPerGroup", Statistics.median(counts)));
		Map<Map.Entry<String, YearMonth>, List<Double>> groupWaits = new HashMap<>();
		jdbc.query(GROUP_WAITS, rs -> {
			String unit = rs.getString("unit_id");
			if (visibleUnit.test(unit)) {
				Timestamp started = rs.getTimestamp("started");
				groupWaits.computeIfAbsent(Map.entry(unit, KpiPeriod.monthOf(started)), k -> new ArrayList<>())
					.add((started.getTime() - rs.getTimestamp("waiting_from").getTime()) / DAY_MILLIS);
			}
		}, start, end);
		groupWaits.forEach((key, waits) -> rows.row(key.getKey(), key.getValue()).put("medianDaysWaitingForGroup", Statistics.median(waits)));
		return new KpiTable(AREA, period.from(), period.to(), COLUMNS, rows.list());
	}

}
