package se.vardflode.patient;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import se.vardflode.api.ApiProblem;
import se.vardflode.patient.PatientAuditLog.Action;
import se.vardflode.patient.PatientAuditLog.Entry;
import se.vardflode.security.StaffAuthorities;

/**
 * The process owner's follow-up of the PDL access log: who read or changed a patient's data, what, when and through
 * which path, over a period. The personnummer travels in the request body ({@code POST}), never in a URL that would
 * land in access logs. JSON is paged; CSV ({@code Accept: text/csv}) holds the whole period, for the follow-up
 * record. Only the process owner's group may read it.
 */
@RestController
class PatientAuditController {

	static final String PATH = "/api/audit/patient-access";
	static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);
	static final int DEFAULT_PAGE_SIZE = 100;
	static final int MAX_PAGE_SIZE = 1000;
	private static final ZoneId SWEDEN = ZoneId.of("Europe/Stockholm");
	private static final DateTimeFormatter LOCAL_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

	private final PatientAuditLog auditLog;

	PatientAuditController(PatientAuditLog auditLog) {
		this.auditLog = auditLog;
	}

	/**
	 * @param from first day, inclusive ({@code 2026-10-23}); default a month before {@code to}
	 * @param to last day, inclusive; default today
	 * @param page zero-based (JSON only), default 0
	 * @param size entries per page (JSON only), default {@value #DEFAULT_PAGE_SIZE}, at most {@value #MAX_PAGE_SIZE}
	 */
	record AccessQuery(String personnummer, String from, String to, Integer page, Integer size) {
	}

	record AccessPage(LocalDate from, LocalDate to, int page, int size, long totalEntries, List<Entry> entries) {
	}

	@PostMapping(path = PATH, produces = MediaType.APPLICATION_JSON_VALUE)
	AccessPage json(@RequestBody AccessQuery query, Authentication staff) {
		FollowUp followUp = followUp(query, staff);
		List<Entry> entries = auditLog.entriesFor(followUp.patient(), followUp.start(), followUp.end(),
				(long) followUp.page() * followUp.size(), followUp.size());
		return new AccessPage(followUp.from(), followUp.to(), followUp.page(), followUp.size(),
				auditLog.countFor(followUp.patient(), followUp.start(), followUp.end()), entries);
	}

	@PostMapping(path = PATH, produces = "text/csv")
	ResponseEntity<String> csv(@RequestBody AccessQuery query, Authentication staff) {
		FollowUp followUp = followUp(query, staff);
		List<Entry> entries = auditLog.entriesFor(followUp.patient(), followUp.start(), followUp.end(), 0, Integer.MAX_VALUE);
		return ResponseEntity.ok()
			.contentType(CSV)
			// the file name says the period, never whose log it is
			.header("Content-Disposition", "attachment; filename=\"atkomstlogg-" + followUp.from() + "-" + followUp.to() + ".csv\"")
			.body(Csv.of(entries));
	}

	private record FollowUp(Personnummer patient, LocalDate from, LocalDate to, int page, int size) {

		Instant start() {
			return from.atStartOfDay(SWEDEN).toInstant();
		}

		Instant end() {
			return to.plusDays(1).atStartOfDay(SWEDEN).toInstant();
		}

	}

	private static FollowUp followUp(AccessQuery query, Authentication staff) {
		if (!StaffAuthorities.isMemberOf(staff, Groups.CAMUNDA_ADMIN)) {
			throw ApiProblem.forbidden("Bara processägaren läser åtkomstloggen.");
		}
		LocalDate today = LocalDate.ofInstant(ClockUtil.getCurrentTime().toInstant(), SWEDEN);
		Map<String, String> errors = new LinkedHashMap<>();
		Personnummer patient = Personnummer.parse(query.personnummer(), today, "personnummer", errors);
		LocalDate to = date(query.to(), "to", errors);
		to = to == null && query.to() == null ? today : to;
		LocalDate from = date(query.from(), "from", errors);
		from = from == null && query.from() == null && to != null ? to.minusMonths(1) : from;
		if (from != null && to != null && from.isAfter(to)) {
			errors.put("from", "Periodens början är efter dess slut");
		}
		int page = query.page() == null ? 0 : query.page();
		if (page < 0) {
			errors.put("page", "Sidorna räknas från 0");
		}
		int size = query.size() == null ? DEFAULT_PAGE_SIZE : query.size();
		if (size < 1 || size > MAX_PAGE_SIZE) {
			errors.put("size", "Ange mellan 1 och " + MAX_PAGE_SIZE + " rader per sida");
		}
		if (!errors.isEmpty()) {
			throw ApiProblem.invalidInput(errors);
		}
		return new FollowUp(patient, from, to, page, size);
	}

	private static LocalDate date(String text, String field, Map<String, String> errors) {
		if (text == null) {
			return null;
		}
		try {
			return LocalDate.parse(text.strip());
		}
		catch (DateTimeParseException ex) {
			errors.put(field, "Ange datum som ÅÅÅÅ-MM-DD, till exempel 2026-11-01");
			return null;
		}
	}

	/** Semicolon-separated with Swedish headings and Swedish local time, as Swedish spreadsheet programs expect. */
	static final class Csv {

		static final String HEADINGS = "Tidpunkt;Vem;Roll;Vad;Motorns kommando;Väg;Uppgift";

		private Csv() {
		}

		static String of(List<Entry> entries) {
			StringBuilder csv = new StringBuilder(HEADINGS).append('\n');
			for (Entry entry : entries) {
				csv.append(Stream.of(LOCAL_TIME.format(entry.occurredAt().atZone(SWEDEN)), entry.actor(),
						entry.actorType() == PatientAuditLog.ActorType.PATIENT ? "patient" : "personal", action(entry.action()), entry.what(),
						entry.path(), entry.taskId()).map(Csv::cell).collect(Collectors.joining(";"))).append('\n');
			}
			return csv.toString();
		}

		private static String action(Action action) {
			return switch (action) {
				case LIST_TASKS -> "Patientens lista över uppgifter";
				case READ_TASK_FORM -> "Uppgift med formulär";
				case READ_TASK -> "Uppgift";
				case COMPLETE_TASK -> "Uppgift skickad och klar";
				case LIST_MESSAGES -> "Patientens lista över meddelanden";
				case READ_MESSAGE -> "Meddelande öppnat";
				case ENGINE_ACCESS -> "Åtkomst i processmotorn";
				case REFUSED_CHANGE -> "Nekad ändring av patientens uppgift";
			};
		}

		/** RFC 4180 quoting where a value holds the separator, a quote or a line break (a path may hold ";"). */
		private static String cell(String value) {
			if (value == null) {
				return "";
			}
			if (value.contains(";") || value.contains("\"") || value.contains("\n") || value.contains("\r")) {
				return '"' + value.replace("\"", "\"\"") + '"';
			}
			return value;
		}

	}

}
