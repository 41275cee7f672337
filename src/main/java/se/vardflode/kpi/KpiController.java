package se.vardflode.kpi;

import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.authorization.Groups;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import se.vardflode.api.ApiProblem;
import se.vardflode.identity.CareUnits;
import se.vardflode.identity.StaffGroups;
import se.vardflode.kernel.CareTime;
import se.vardflode.security.StaffAuthorities;

/**
 * {@code GET /api/kpi/{area}?from=2026-01&to=2026-06&unitId=} as JSON, or as CSV with {@code Accept: text/csv} or
 * {@code /api/kpi/{area}.csv}. Months are whole and both ends included; without them, the last twelve months.
 * {@code GET /api/kpi/units} names the units the staff member may see.
 */
@RestController
class KpiController {

	static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

	private final ReferralKpis referrals;
	private final ChatKpis chats;
	private final SipKpis sips;
	private final TriageKpis triage;
	private final CareUnits careUnits;

	KpiController(ReferralKpis referrals, ChatKpis chats, SipKpis sips, TriageKpis triage, CareUnits careUnits) {
		this.referrals = referrals;
		this.chats = chats;
		this.sips = sips;
		this.triage = triage;
		this.careUnits = careUnits;
	}

	@GetMapping(path = "/api/kpi/{area}", produces = MediaType.APPLICATION_JSON_VALUE)
	KpiTable json(@PathVariable String area, @RequestParam(required = false) String from, @RequestParam(required = false) String to,
			@RequestParam(required = false) String unitId, Authentication staff) {
		return table(area, from, to, unitId, staff);
	}

	@GetMapping(path = { "/api/kpi/{area}", "/api/kpi/{area}.csv" }, produces = "text/csv")
	ResponseEntity<String> csv(@PathVariable String area, @RequestParam(required = false) String from,
			@RequestParam(required = false) String to, @RequestParam(required = false) String unitId, Authentication staff) {
		KpiTable table = table(area, from, to, unitId, staff);
		return ResponseEntity.ok()
			.contentType(CSV)
			.header("Content-Disposition", "attachment; filename=\"" + area + "-" + table.from() + "-" + table.to() + ".csv\"")
			.body(Csv.of(table, careUnits));
	}

	/** The units the signed-in staff member may see figures of, with their names: the page's picker and legends. */
	@GetMapping(path = "/api/kpi/units", produces = MediaType.APPLICATION_JSON_VALUE)
	List<Unit> units(Authentication staff) {
		Predicate<String> visible = visibleUnits(staff, null);
		return careUnits.units().stream().filter(unit -> visible.test(unit.id())).map(unit -> new Unit(unit.id(), unit.name())).toList();
	}

	record Unit(String id, String name) {
	}

	private KpiTable table(String area, String from, String to, String unitId, Authentication staff) {
		KpiPeriod period = period(from, to);
		Predicate<String> visible = visibleUnits(staff, unitId);
		return switch (area) {
			case ReferralKpis.AREA -> referrals.compute(period, visible);
			case ChatKpis.AREA -> chats.compute(period, visible);
			case SipKpis.AREA -> sips.compute(period, visible);
			case TriageKpis.AREA -> triage.compute(period, visible);
			default -> throw ApiProblem.notFound("Det finns inga nyckeltal för " + area + ". Finns: "
					+ String.join(", ", ReferralKpis.AREA, ChatKpis.AREA, SipKpis.AREA, TriageKpis.AREA));
		};
	}

	/** Managers and the process owner see every unit, other staff their own; a named unit narrows it to that one. */
	private Predicate<String> visibleUnits(Authentication staff, String unitId) {
		boolean allUnits = StaffAuthorities.isMemberOf(staff, Groups.CAMUNDA_ADMIN) || StaffAuthorities.isMemberOf(staff, StaffGroups.MANAGERS);
		if (unitId != null) {
			if (careUnits.find(unitId).isEmpty()) {
				throw ApiProblem.invalidInput(Map.of("unitId", "Okänd enhet"));
			}
			if (!allUnits && !StaffAuthorities.worksAt(staff, unitId)) {
				throw ApiProblem.forbidden("Du kan bara se nyckeltal för din egen enhet");
			}
			return unitId::equals;
		}
		return allUnits ? Objects::nonNull : unit -> unit != null && StaffAuthorities.worksAt(staff, unit);
	}

	private static KpiPeriod period(String from, String to) {
		try {
			YearMonth end = to == null ? YearMonth.from(CareTime.today()) : YearMonth.parse(to);
			YearMonth start = from == null ? end.minusMonths(11) : YearMonth.parse(from);
			if (start.isAfter(end)) {
				throw ApiProblem.invalidInput(Map.of("from", "Periodens början är efter dess slut"));
			}
			// every month is a row per unit: a period of centuries (or a year the clock cannot hold) is no follow-up
			if (start.getYear() < KpiPeriod.FIRST_YEAR || end.getYear() > KpiPeriod.LAST_YEAR) {
				throw ApiProblem.invalidInput(Map.of("period", "Ange månader mellan " + KpiPeriod.FIRST_YEAR + "-01 och "
						+ KpiPeriod.LAST_YEAR + "-12"));
			}
			if (start.plusMonths(KpiPeriod.MAX_MONTHS).isBefore(end.plusMonths(1))) {
				throw ApiProblem.invalidInput(Map.of("period", "En period får vara högst " + KpiPeriod.MAX_MONTHS + " månader"));
			}
			return new KpiPeriod(start, end);
		}
		catch (DateTimeParseException ex) {
			throw ApiProblem.invalidInput(Map.of("period", "Ange månader som ÅÅÅÅ-MM, till exempel 2026-01"));
		}
	}

	/** Semicolon-separated, as Swedish spreadsheet programs expect, with the unit's name after its id. */
	static final class Csv {

		private Csv() {
		}

		static String of(KpiTable table, CareUnits careUnits) {
			StringBuilder csv = new StringBuilder();
			csv.append(table.columns().stream().map(column -> column.heading()).collect(Collectors.joining(";")));
			csv.append(";Enhetens namn\n");
			for (Map<String, Object> row : table.rows()) {
				csv.append(table.columns().stream().map(column -> cell(row.get(column.key()))).collect(Collectors.joining(";")));
				csv.append(';').append(careUnits.find((String) row.get("unitId")).map(unit -> unit.name()).orElse("")).append('\n');
			}
			return csv.toString();
		}

		private static String cell(Object value) {
			if (value == null) {
				return "";
			}
			if (value instanceof Double number) {
				return String.valueOf(number).replace('.', ',');
			}
			return value.toString();
		}

	}

}
