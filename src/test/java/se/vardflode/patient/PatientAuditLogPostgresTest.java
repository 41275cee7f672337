package se.vardflode.patient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import se.vardflode.EngineClock;
import se.vardflode.PostgresTest;
import se.vardflode.patient.PatientAuditLog.Action;
import se.vardflode.patient.PatientAuditLog.ActorType;

/**
 * The access log's Flyway migrations run on PostgreSQL next to Camunda's own schema: a staff read through the engine
 * is logged there, the migration's backfill names the same patient, and the follow-up reads the log back.
 */
@PostgresTest
class PatientAuditLogPostgresTest {

	@LocalServerPort
	int port;
	@Autowired
	PatientAuditLog auditLog;
	@Autowired
	JdbcTemplate jdbc;

	@Test
	void a_read_is_logged_with_who_which_patient_what_and_when() {
		Instant now = Instant.parse("2026-11-23T09:15:00Z");
		EngineClock.setTo(now);

		auditLog.record("processagare", ActorType.STAFF, PatientTaskFixtures.LOVA, Action.READ_TASK_FORM, "task-1");

		assertThat(jdbc.queryForObject("select count(*) from flyway_schema_history where version in ('100', '103') and success", Integer.class))
			.isEqualTo(2);
		assertThat(auditLog.entriesFor(PatientTaskFixtures.LOVA, now, now.plusSeconds(1), 0, 10))
			.containsExactly(new PatientAuditLog.Entry(now, "processagare", ActorType.STAFF, "198901019805", Action.READ_TASK_FORM, "task-1", null, null));
	}

	@Test
	void a_nurses_read_of_her_units_task_is_logged_in_its_transaction_and_the_backfill_names_the_same_patient() {
		PathwayEntries entries = new PathwayEntries(port);
		try {
			String instance = entries.triageContact(PatientTaskFixtures.TOLVAN);
			String task = taskService().createTaskQuery().processInstanceId(instance).taskDefinitionKey("triageContact").singleResult().getId();
			long mark = jdbc.queryForObject("select coalesce(max(id), 0) from patient_audit_log", Long.class);

			// this context's engine is named "postgres" (PostgresTest)
			String path = "/engine-rest/engine/postgres/task/" + task + "/variables";
			HttpResponse<String> read = StaffHttp.basic(port, "radgivning.erik").get(path);

			assertThat(read.statusCode()).as(read.body()).isEqualTo(200);
			assertThat(jdbc.queryForList("select actor, patient_reference, what, access_path from patient_audit_log where id > ?", mark))
				.containsExactly(Map.of("actor", "radgivning.erik", "patient_reference", "191212121212", "what", "GetTaskVariables",
						"access_path", "GET " + path));
			assertThat(ProcessPatientsTest.backfilledRegister(jdbc)).containsEntry(instance, PatientTaskFixtures.TOLVAN.value());
		}
		finally {
			entries.removeAll(runtimeService(), jdbc);
		}
	}

	@Test
	void the_follow_up_pages_through_a_period() {
		for (String at : List.of("2043-01-01T10:00:00Z", "2043-01-02T10:00:00Z", "2043-01-03T10:00:00Z")) {
			EngineClock.setTo(Instant.parse(at));
			auditLog.record("pst.lena", ActorType.STAFF, PatientTaskFixtures.TOLVAN, Action.READ_TASK, null);
		}
		Instant from = Instant.parse("2043-01-01T00:00:00Z");
		Instant to = Instant.parse("2043-02-01T00:00:00Z");

		assertThat(auditLog.countFor(PatientTaskFixtures.TOLVAN, from, to)).isEqualTo(3);
		assertThat(auditLog.entriesFor(PatientTaskFixtures.TOLVAN, from, to, 2, 2)).extracting(PatientAuditLog.Entry::occurredAt)
			.containsExactly(Instant.parse("2043-01-03T10:00:00Z"));
	}

}
