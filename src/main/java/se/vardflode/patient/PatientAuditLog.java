package se.vardflode.patient;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.StringJoiner;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Repository;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import se.vardflode.kernel.CareTime;
import se.vardflode.kernel.Personnummer;

/**
 * The PDL access log (table {@code patient_audit_log}, Flyway V100 and V103): who read or changed which patient's
 * data, what, when and through which path. Written by the patient API on every read and completion, by the engine on
 * every staff command that loads a patient's data ({@link StaffEngineReads}), always in the transaction of the access
 * itself; read by the process owner ({@link PatientAuditController}).
 */
@Repository
class PatientAuditLog {

	enum Action {
		/** the list of the patient's open tasks */
		LIST_TASKS,
		/** one task with its form and current values */
		READ_TASK_FORM,
		/** one task or its variables, without the form (staff through the engine API, in rows from before V103) */
		READ_TASK,
		/** a form submitted and the task completed */
		COMPLETE_TASK,
		/** the list of the patient's messages (the inbox of the patient page) */
		LIST_MESSAGES,
		/** one of the patient's messages opened, which marks it read */
		READ_MESSAGE,
		/** staff tried to take, hand on, change or end a patient's task, and were refused */
		REFUSED_CHANGE,
		/**
		 * a staff member's engine command (Tasklist, Cockpit, {@code /engine-rest}) loaded the patient's data: a read,
		 * a query, or a change that read it such as a completion; {@link Entry#what()} names the command
		 */
		ENGINE_ACCESS
	}

	enum ActorType {
		PATIENT, STAFF
	}

	/**
	 * @param what the engine command for {@link Action#ENGINE_ACCESS} (e.g. {@code TaskQuery}, {@code GetTaskVariables})
	 * @param path the HTTP method and path the access came through (no query string), {@code null} without a request
	 */
	record Entry(Instant occurredAt, String actor, ActorType actorType, String patientReference, Action action, String taskId,
			String what, String path) {
	}

	/** One patient in a staff member's engine access, with the one task of theirs it read, if it read exactly one. */
	record StaffAccess(Personnummer patient, String taskId) {
	}

	private static final int MAX_PATH = 500;
	// rows per statement: a task list of many patients is one statement, within every database's parameter limit
	private static final int ROWS_PER_STATEMENT = 500;
	private static final String COLUMNS = "occurred_at, actor, actor_type, patient_reference, action, task_id, what, access_path";
	private static final RowMapper<Entry> ENTRY = (row, i) -> new Entry(row.getObject("occurred_at", OffsetDateTime.class).toInstant(),
			row.getString("actor"), ActorType.valueOf(row.getString("actor_type")), row.getString("patient_reference"),
			Action.valueOf(row.getString("action")), row.getString("task_id"), row.getString("what"), row.getString("access_path"));

	private final JdbcTemplate jdbc;

	PatientAuditLog(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** The patient acting on their own data. */
	void patientRead(PatientPrincipal patient, Action action, String taskId) {
		record(patient.personnummer().value(), ActorType.PATIENT, patient.personnummer(), action, taskId);
	}

	void record(String actor, ActorType actorType, Personnummer patient, Action action, String taskId) {
		jdbc.update("insert into patient_audit_log (" + COLUMNS + ") values (?, ?, ?, ?, ?, ?, ?, ?)", now(), actor, actorType.name(),
				patient.value(), action.name(), taskId, null, currentPath());
	}

	/** One row per patient, in as few statements as the rows allow. */
	void staffAccess(String staff, List<StaffAccess> accesses, String what, String path) {
		OffsetDateTime now = now();
		for (int from = 0; from < accesses.size(); from += ROWS_PER_STATEMENT) {
			List<StaffAccess> chunk = accesses.subList(from, Math.min(accesses.size(), from + ROWS_PER_STATEMENT));
			StringJoiner rows = new StringJoiner(", ");
			List<Object> values = new ArrayList<>();
			for (StaffAccess access : chunk) {
				rows.add("(?, ?, ?, ?, ?, ?, ?, ?)");
				Collections.addAll(values, now, staff, ActorType.STAFF.name(), access.patient().value(), Action.ENGINE_ACCESS.name(),
						access.taskId(), what, path);
			}
			jdbc.update("insert into patient_audit_log (" + COLUMNS + ") values " + rows, values.toArray());
		}
	}

	/** Which of the patients already have a row of this staff member's, by this command and path, since then. */
	Set<Personnummer> loggedSince(String staff, String what, String path, Collection<Personnummer> patients, Instant since) {
		Set<Personnummer> logged = new HashSet<>();
		List<Personnummer> all = new ArrayList<>(patients);
		for (int from = 0; from < all.size(); from += ROWS_PER_STATEMENT) {
			List<Personnummer> chunk = all.subList(from, Math.min(all.size(), from + ROWS_PER_STATEMENT));
			List<Object> values = new ArrayList<>(List.of(staff, what, path, utc(since)));
			chunk.forEach(patient -> values.add(patient.value()));
			jdbc.query("select distinct patient_reference from patient_audit_log where actor = ? and what = ? and access_path = ?"
					+ " and occurred_at >= ? and patient_reference in (" + String.join(", ", Collections.nCopies(chunk.size(), "?")) + ")",
					row -> {
						logged.add(Personnummer.fromStorage(row.getString(1)));
					}, values.toArray());
		}
		return logged;
	}

	List<Entry> entriesFor(Personnummer patient) {
		return jdbc.query("select " + COLUMNS + " from patient_audit_log where patient_reference = ? order by occurred_at, id", ENTRY,
				patient.value());
	}

	/** The patient's entries from {@code from} (inclusive) to {@code to} (exclusive), oldest first, one page of them. */
	List<Entry> entriesFor(Personnummer patient, Instant from, Instant to, long offset, int limit) {
		return jdbc.query("select " + COLUMNS + " from patient_audit_log where patient_reference = ? and occurred_at >= ? and occurred_at < ?"
				+ " order by occurred_at, id offset ? rows fetch next ? rows only", ENTRY, patient.value(), utc(from), utc(to), offset, limit);
	}

	long countFor(Personnummer patient, Instant from, Instant to) {
		return jdbc.queryForObject("select count(*) from patient_audit_log where patient_reference = ? and occurred_at >= ? and occurred_at < ?",
				Long.class, patient.value(), utc(from), utc(to));
	}

	/** The engine's clock, the one clock tests move. */
	private static OffsetDateTime now() {
		return utc(CareTime.now());
	}

	private static OffsetDateTime utc(Instant instant) {
		return instant.atOffset(ZoneOffset.UTC);
	}

	/** {@code GET /engine-rest/task/…/variables}: method and path of the current HTTP request, never its query string. */
	static String currentPath() {
		if (!(RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes)) {
			return null;
		}
		HttpServletRequest request = attributes.getRequest();
		String path = request.getMethod() + " " + request.getRequestURI();
		return path.length() > MAX_PATH ? path.substring(0, MAX_PATH) : path;
	}

}
