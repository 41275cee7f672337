package se.vardflode.patient;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.camunda.bpm.engine.authorization.Groups;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Max;
import org.springframework.validation.Validator;
import org.springframework.validation.Errors;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.InitBinder;
import java.util.Optional;
import se.vardflode.api.ApiProblem;
import se.vardflode.kernel.CareTime;
import se.vardflode.kernel.Personnummer;
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
	private static final DateTimeFormatter LOCAL_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

	private final PatientAuditLog auditLog;

	PatientAuditController(PatientAuditLog auditLog) {
		this.auditLog = auditLog;
	}

	/**
	 * The period is read from its end, as the follow-up asks ("the month up to today"): {@code to} first.
	 *
	 * @param to last day, inclusive ({@code 2026-11-23}); default today
	 * @param from first day, inclusive; default a month before {@code to}
	 * @param page zero-based (JSON only), default 0
	 * @param size entries per page (JSON only), default {@value #DEFAULT_PAGE_SIZE}, at most {@value #MAX_PAGE_SIZE}
	 */
	record AccessQuery(@se.vardflode.kernel.constraints.Personnummer String personnummer, String to, String from,
			@Min(value = 0, message = "{audit.page.negative}") Integer page,
			@Min(value = 1, message = "{audit.size.outOfRange}") @Max(value = MAX_PAGE_SIZE, message = "{audit.size.outOfRange}") Integer size) {
	}

	/** The period's days: each a date, the first not after the last. */
	static final class AccessQueryRules implements Validator {

		@Override
		public boolean supports(Class<?> type) {
			return type == AccessQuery.class;
		}

		@Override
		public void validate(Object target, Errors errors) {
			AccessQuery query = (AccessQuery) target;
			Optional<LocalDate> to = date(query.to(), "to", errors);
			Optional<LocalDate> from = date(query.from(), "from", errors);
			if (from.isPresent() && to.orElse(CareTime.today()).isBefore(from.get())) {
				errors.rejectValue("from", "audit.period.reversed");
			}
		}

		private static Optional<LocalDate> date(String text, String field, Errors errors) {
			try {
				return Optional.ofNullable(text).map(String::strip).map(LocalDate::parse);
			}
			catch (DateTimeParseException ex) {
				errors.rejectValue(field, "audit.date.format");
				return Optional.empty();
			}
		}

	}

	@InitBinder("accessQuery")
	void checkThePeriod(WebDataBinder binder) {
		binder.initDirectFieldAccess();
		binder.addValidators(new AccessQueryRules());
	}

	record AccessPage(LocalDate from, LocalDate to, int page, int size, long totalEntries, List<Entry> entries) {
	}

	@PostMapping(path = PATH, produces = MediaType.APPLICATION_JSON_VALUE)
	AccessPage json(@Valid @RequestBody AccessQuery query, Authentication staff) {
		FollowUp followUp = followUp(query, staff);
		List<Entry> entries = auditLog.entriesFor(followUp.patient(), followUp.start(), followUp.end(),
				(long) followUp.page() * followUp.size(), followUp.size());
		return new AccessPage(followUp.from(), followUp.to(), followUp.page(), followUp.size(),
				auditLog.countFor(followUp.patient(), followUp.start(), followUp.end()), entries);
	}

	@PostMapping(path = PATH, produces = "text/csv")
	ResponseEntity<String> csv(@Valid @RequestBody AccessQuery query, Authentication staff) {
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
			return CareTime.startOf(from);
		}

		Instant end() {
			return CareTime.startOf(to.plusDays(1));
		}

	}

	private static FollowUp followUp(AccessQuery query, Authentication staff) {
		if (!StaffAuthorities.isMemberOf(staff, Groups.CAMUNDA_ADMIN)) {
			throw ApiProblem.forbidden("Bara processägaren läser åtkomstloggen.");
		}
		LocalDate to = query.to() == null ? CareTime.today() : LocalDate.parse(query.to().strip());
		LocalDate from = query.from() == null ? to.minusMonths(1) : LocalDate.parse(query.from().strip());
		return new FollowUp(Personnummer.parse(query.personnummer(), CareTime.today()), from, to,
				query.page() == null ? 0 : query.page(), query.size() == null ? DEFAULT_PAGE_SIZE : query.size());
	}

	/** Semicolon-separated with Swedish headings and Swedish local time, as Swedish spreadsheet programs expect. */
	static final class Csv {

		static final String HEADINGS = "Tidpunkt;Vem;Roll;Vad;Motorns kommando;Väg;Uppgift";

		private Csv() {
		}

		static String of(List<Entry> entries) {
			StringBuilder csv = new StringBuilder(HEADINGS).append('\n');
			for (Entry entry : entries) {
				csv.append(Stream.of(LOCAL_TIME.format(CareTime.inSweden(entry.occurredAt())), entry.actor(),
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
