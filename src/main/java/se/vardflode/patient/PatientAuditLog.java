package se.vardflode.patient;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The PDL access log of patients' tasks and forms (table {@code patient_audit_log}, Flyway V100). Written on every
 * read through the patient API, on every completion, and on staff reads of a patient's task through the engine API
 * ({@link StaffReadAuditFilter}); read by the process owner.
 */
@Repository
class PatientAuditLog {

	enum Action {
		/** the list of the patient's open tasks */
		LIST_TASKS,
		/** one task with its form and current values */
		READ_TASK_FORM,
		/** one task or its variables, without the form (staff through the engine API) */
		READ_TASK,
		/** a form submitted and the task completed */
		COMPLETE_TASK,
		/** staff tried to take, hand on, change or end a patient's task, and were refused */
		REFUSED_CHANGE
	}

	enum ActorType {
		PATIENT, STAFF
	}

	record Entry(Instant occurredAt, String actor, ActorType actorType, String patientReference, Action action, String taskId) {
	}

	private final JdbcTemplate jdbc;

	PatientAuditLog(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** The patient acting on their own data. */
	void patientRead(PatientPrincipal patient, Action action, String taskId) {
		record(patient.personnummer().value(), ActorType.PATIENT, patient.personnummer(), action, taskId);
	}

	void record(String actor, ActorType actorType, Personnummer patient, Action action, String taskId) {
		// the engine's clock, the one clock tests move
		OffsetDateTime now = ClockUtil.getCurrentTime().toInstant().atOffset(ZoneOffset.UTC);
		jdbc.update("insert into patient_audit_log (occurred_at, actor, actor_type, patient_reference, action, task_id) values (?, ?, ?, ?, ?, ?)",
				now, actor, actorType.name(), patient.value(), action.name(), taskId);
	}

	List<Entry> entriesFor(Personnummer patient) {
		return jdbc.query("select occurred_at, actor, actor_type, patient_reference, action, task_id from patient_audit_log"
				+ " where patient_reference = ? order by occurred_at, id", (row, i) -> new Entry(
						row.getObject("occurred_at", OffsetDateTime.class).toInstant(), row.getString("actor"),
						ActorType.valueOf(row.getString("actor_type")), row.getString("patient_reference"),
						Action.valueOf(row.getString("action")), row.getString("task_id")),
				patient.value());
	}

}
