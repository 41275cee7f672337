package se.vardflode.patient;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Date;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import se.vardflode.PostgresTest;
import se.vardflode.patient.PatientAuditLog.Action;
import se.vardflode.patient.PatientAuditLog.ActorType;

/** The access log's Flyway migration runs on PostgreSQL next to Camunda's own schema, and the log reads back. */
@PostgresTest
class PatientAuditLogPostgresTest {

	@Autowired
	PatientAuditLog auditLog;
	@Autowired
	JdbcTemplate jdbc;

	@AfterEach
	void resetClock() {
		ClockUtil.reset();
	}

	@Test
	void a_read_is_logged_with_who_which_patient_what_and_when() {
		Instant now = Instant.parse("2026-11-23T09:15:00Z");
		ClockUtil.setCurrentTime(Date.from(now));

		auditLog.record("processagare", ActorType.STAFF, PatientTaskFixtures.LOVA, Action.READ_TASK_FORM, "task-1");

		assertThat(jdbc.queryForObject("select count(*) from flyway_schema_history where version = '100' and success", Integer.class)).isEqualTo(1);
		assertThat(auditLog.entriesFor(PatientTaskFixtures.LOVA))
			.containsExactly(new PatientAuditLog.Entry(now, "processagare", ActorType.STAFF, "198901019805", Action.READ_TASK_FORM, "task-1"));
	}

}
