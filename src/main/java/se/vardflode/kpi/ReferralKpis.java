package se.vardflode.kpi;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import se.vardflode.kpi.KpiTable.Column;
import se.vardflode.referral.ReferralProcess;

/**
 * Referral figures from the history of referral-routing instances started in the period, per month of sending:
 * sent by the unit per direction; received, returned, decided in joint consultation, days to acceptance and the care
 * guarantee for the receiving unit. One query pivots the few history variables each instance needs. Days count from
 * {@link ReferralProcess#SENT_AT}, the moment the care-guarantee timers count from too (a physician's draft is sent
 * later than its instance starts); instances from before that variable were sent when they started.
 */
@Component
class ReferralKpis {

	static final String AREA = "referrals";
	static final List<Column> COLUMNS = List.of(
			new Column("unitId", "Enhet"), new Column("month", "Månad"),
			new Column("sentToPsychiatry", "Skickade till psykiatrin"), new Column("sentToPrimaryCare", "Skickade till primärvården"),
			new Column("received", "Mottagna"), new Column("returned", "Returnerade"), new Column("jointConsultations", "Samråd"),
			new Column("medianDaysToAcceptance", "Median dagar till accepterad"),
			new Column("careGuaranteeWarnings", "Vårdgarantivarningar"), new Column("careGuaranteeBreaches", "Vårdgarantibrott"));

	private static final String SQL = KpiSql.of("""
			select p.ID_ as id, p.START_TIME_ as started,
			  max(case when v.NAME_ = {sendingUnitId} then v.TEXT_ end) as sending_unit,
			  max(case when v.NAME_ = {receivingUnitId} then v.TEXT_ end) as receiving_unit,
			  max(case when v.NAME_ = {direction} then v.TEXT_ end) as direction,
			  max(case when v.NAME_ = {returnCount} then v.LONG_ end) as return_count,
			  max(case when v.NAME_ = {jointConsultation} then v.LONG_ end) as joint_consultation,
			  max(case when v.NAME_ = {acceptedAt} then v.LONG_ end) as accepted_at,
			  max(case when v.NAME_ = {sentAt} then v.LONG_ end) as sent_at,
			  max(case when v.NAME_ = {careGuaranteeWarning} then v.LONG_ end) as warned,
			  max(case when v.NAME_ = {careGuaranteeBreached} then v.LONG_ end) as breached
			from ACT_HI_PROCINST p join ACT_HI_VARINST v on v.PROC_INST_ID_ = p.ID_
			where p.PROC_DEF_KEY_ = {referral} and p.START_TIME_ >= ? and p.START_TIME_ < ?
			  and v.NAME_ in ({sendingUnitId}, {receivingUnitId}, {direction}, {returnCount}, {jointConsultation}, {acceptedAt}, {sentAt},
			                  {careGuaranteeWarning}, {careGuaranteeBreached})
			group by p.ID_, p.START_TIME_
			""", Map.ofEntries(Map.entry("referral", ReferralProcess.KEY), Map.entry("sendingUnitId", ReferralProcess.SENDING_UNIT_ID.name()), Map.entry("receivingUnitId", ReferralProcess.RECEIVING_UNIT_ID.name()), Map.entry("direction", ReferralProcess.DIRECTION.name()), Map.entry("returnCount", ReferralProcess.RETURN_COUNT.name()), Map.entry("jointConsultation", ReferralProcess.JOINT_CONSULTATION.name()), Map.entry("acceptedAt", ReferralProcess.ACCEPTED_AT.name()), Map.entry("sentAt", ReferralProcess.SENT_AT.name()), Map.entry("careGuaranteeWarning", ReferralProcess.CARE_GUARANTEE_WARNING.name()), Map.entry("careGuaranteeBreached", ReferralProcess.CARE_GUARANTEE_BREACHED.name())));

	private record Referral(YearMonth month, String sendingUnit, String receivingUnit, String direction, long returnCount,
			boolean jointConsultation, Double daysToAcceptance, boolean warned, boolean breached) {
	}

	private final JdbcTemplate jdbc;

	ReferralKpis(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	KpiTable compute(KpiPeriod period, Predicate<String> visibleUnit) {
		List<Referral> referrals = jdbc.query(SQL, (rs, i) -> {
			Timestamp started = rs.getTimestamp("started");
			long sentAt = rs.getLong("sent_at");
			long sent = rs.wasNull() ? started.getTime() : sentAt;
			long acceptedAt = rs.getLong("accepted_at");
			Double days = rs.wasNull() ? null : Duration.ofMillis(acceptedAt - sent).toMinutes() / (24.0 * 60);
			return new Referral(KpiPeriod.monthOf(started), rs.getString("sending_unit"), rs.getString("receiving_unit"),
					rs.getString("direction"), rs.getLong("return_count"), rs.getLong("joint_consultation") == 1, days,
					rs.getLong("warned") == 1, rs.getLong("breached") == 1);
		}, new Timestamp(period.start().getTime()), new Timestamp(period.end().getTime()));

		KpiRows rows = new KpiRows(COLUMNS);
		Map<String, List<Double>> acceptanceDays = new TreeMap<>();
		for (Referral referral : referrals) {
			if (visibleUnit.test(referral.sendingUnit())) {
				rows.increment(referral.sendingUnit(), referral.month(),
						"PRIMARY_TO_PSYCHIATRY".equals(referral.direction()) ? "sentToPsychiatry" : "sentToPrimaryCare");
			}
			if (visibleUnit.test(referral.receivingUnit())) {
				String unit = referral.receivingUnit();
				YearMonth month = referral.month();
				rows.increment(unit, month, "received");
				if (referral.returnCount() > 0) {
					rows.increment(unit, month, "returned");
				}
				if (referral.jointConsultation()) {
					rows.increment(unit, month, "jointConsultations");
				}
				if (referral.warned()) {
					rows.increment(unit, month, "careGuaranteeWarnings");
				}
				if (referral.breached()) {
					rows.increment(unit, month, "careGuaranteeBreaches");
				}
				if (referral.daysToAcceptance() != null) {
					acceptanceDays.computeIfAbsent(unit + "|" + month, k -> new ArrayList<>()).add(referral.daysToAcceptance());
				}
			}
		}
		acceptanceDays.forEach((key, days) -> {
			String[] unitAndMonth = key.split("\\|");
			rows.row(unitAndMonth[0], YearMonth.parse(unitAndMonth[1])).put("medianDaysToAcceptance", Statistics.median(days));
		});
		return new KpiTable(AREA, period.from(), period.to(), COLUMNS, rows.list());
	}

}
