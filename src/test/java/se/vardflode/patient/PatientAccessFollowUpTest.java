package se.vardflode.patient;

import static org.assertj.core.api.Assertions.assertThat;
import static se.vardflode.patient.PatientTaskFixtures.LOVA;
import static se.vardflode.patient.PatientTaskFixtures.TOLVAN;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import se.vardflode.EngineClock;
import se.vardflode.VardflodeTest;
import se.vardflode.kernel.Personnummer;
import se.vardflode.patient.PatientAuditLog.Action;
import se.vardflode.patient.PatientAuditLog.ActorType;

/**
 * The process owner's PDL follow-up: "who has read this patient's data in this period?", asked with the personnummer
 * in the request body, answered page by page as JSON or whole as CSV for the follow-up record. The log's rows are
 * written at moved engine clocks in months far ahead, each test's its own, that no other test writes in.
 */
@VardflodeTest
class PatientAccessFollowUpTest {

	static final String PROCESS_OWNER = "processagare";
	private static final ObjectMapper JSON = new ObjectMapper();

	@LocalServerPort
	int port;
	@Autowired
	PatientAuditLog auditLog;

	@Test
	void the_process_owner_follows_up_who_read_a_patient_in_a_period_page_by_page() {
		readAt("2040-02-29T22:59:59Z", "pst.lena", LOVA); // 23:59:59 in Stockholm: February
		readAt("2040-02-29T23:00:00Z", "radgivning.erik", LOVA); // 00:00 on 1 March in Stockholm
		readAt("2040-03-10T08:00:00Z", "vc.anders", LOVA);
		readAt("2040-03-10T09:00:00Z", "pst.lena", TOLVAN);
		readAt("2040-03-31T21:59:59Z", "psykiatri.johan", LOVA); // 23:59:59 on 31 March in Stockholm
		readAt("2040-03-31T22:00:00Z", "vc.anders", LOVA); // 1 April

		JsonNode first = json(owner().postJson(PatientAuditController.PATH,
				"{\"personnummer\":\"19890101-9805\",\"from\":\"2040-03-01\",\"to\":\"2040-03-31\",\"size\":2}"));
		JsonNode second = json(owner().postJson(PatientAuditController.PATH,
				"{\"personnummer\":\"19890101-9805\",\"from\":\"2040-03-01\",\"to\":\"2040-03-31\",\"size\":2,\"page\":1}"));

		assertThat(first.path("totalEntries").asLong()).isEqualTo(3);
		assertThat(first.path("entries").findValuesAsText("actor")).containsExactly("radgivning.erik", "vc.anders");
		assertThat(second.path("entries").findValuesAsText("actor")).containsExactly("psykiatri.johan");
		assertThat(first.path("entries").get(0).path("occurredAt").asText()).isEqualTo("2040-02-29T23:00:00Z");
		assertThat(first.path("entries").get(0).path("patientReference").asText()).isEqualTo(LOVA.value());
	}

	@Test
	void without_a_period_it_is_the_last_month() {
		readAt("2041-05-14T10:00:00Z", "um.sara", LOVA);
		readAt("2041-05-15T10:00:00Z", "kommun.eva", LOVA);
		readAt("2041-06-14T10:00:00Z", "bvc.karin", LOVA);
		EngineClock.setTo(Instant.parse("2041-06-15T10:00:00Z"));

		JsonNode page = json(owner().postJson(PatientAuditController.PATH, "{\"personnummer\":\"198901019805\"}"));

		assertThat(page.path("from").asText()).isEqualTo("2041-05-15");
		assertThat(page.path("to").asText()).isEqualTo("2041-06-15");
		assertThat(page.path("entries").findValuesAsText("actor")).containsExactly("kommun.eva", "bvc.karin");
	}

	@Test
	void the_follow_up_as_csv_has_swedish_headings_and_local_time_and_no_personnummer_in_its_name() {
		readAt("2042-03-10T08:00:00Z", "vc.anders", LOVA);
		EngineClock.setTo(Instant.parse("2042-03-10T09:00:00Z"));
		auditLog.staffAccess("radgivning.erik", List.of(new PatientAuditLog.StaffAccess(LOVA, "task-1")), "GetTaskVariables",
				"GET /engine-rest/task/task-1/variables;jsessionid=x");

		HttpResponse<String> csv = owner().postJson(PatientAuditController.PATH,
				"{\"personnummer\":\"19890101-9805\",\"from\":\"2042-03-10\",\"to\":\"2042-03-10\"}", "text/csv");

		assertThat(csv.statusCode()).isEqualTo(200);
		assertThat(csv.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("text/csv"));
		assertThat(csv.headers().firstValue("Content-Disposition")).contains("attachment; filename=\"atkomstlogg-2042-03-10-2042-03-10.csv\"");
		assertThat(csv.body().lines()).containsExactly(PatientAuditController.Csv.HEADINGS,
				"2042-03-10 09:00:00;vc.anders;personal;Uppgift;;;task-0",
				"2042-03-10 10:00:00;radgivning.erik;personal;Åtkomst i processmotorn;GetTaskVariables;"
						+ "\"GET /engine-rest/task/task-1/variables;jsessionid=x\";task-1");
	}

	@Test
	void the_personnummer_is_never_asked_for_in_a_url() {
		HttpResponse<String> byUrl = owner().get(PatientAuditController.PATH + "?personnummer=19890101-9805");

		assertThat(byUrl.statusCode()).isEqualTo(405);
		assertThat(byUrl.body()).doesNotContain("entries");
	}

	@Test
	void every_bad_field_is_named_in_swedish() {
		HttpResponse<String> refused = owner().postJson(PatientAuditController.PATH,
				"{\"personnummer\":\"19121212-1213\",\"from\":\"igår\",\"to\":\"2040-13-01\",\"page\":-1,\"size\":5000}");

		assertThat(refused.statusCode()).isEqualTo(400);
		JsonNode errors = json(refused).path("errors");
		assertThat(errors.properties()).extracting(java.util.Map.Entry::getKey).containsExactly("personnummer", "to", "from", "page", "size");
		assertThat(errors.path("personnummer").asText()).isEqualTo("Kontrollsiffran stämmer inte");
	}

	@Test
	void a_period_that_ends_before_it_starts_is_refused() {
		HttpResponse<String> refused = owner().postJson(PatientAuditController.PATH,
				"{\"personnummer\":\"19890101-9805\",\"from\":\"2040-03-02\",\"to\":\"2040-03-01\"}");

		assertThat(refused.statusCode()).isEqualTo(400);
		assertThat(json(refused).path("errors").path("from").asText()).isEqualTo("Periodens början är efter dess slut");
	}

	@Test
	void only_the_process_owner_reads_the_log() {
		HttpResponse<String> manager = StaffHttp.basic(port, "chef.ingrid").postJson(PatientAuditController.PATH,
				"{\"personnummer\":\"19890101-9805\"}");

		assertThat(manager.statusCode()).isEqualTo(403);
		assertThat(json(manager).path("type").asText()).isEqualTo("https://vardflode.se/problem/forbidden");
	}

	private int reads;

	private void readAt(String instant, String staff, Personnummer patient) {
		EngineClock.setTo(Instant.parse(instant));
		auditLog.record(staff, ActorType.STAFF, patient, Action.READ_TASK, "task-" + reads++);
	}

	private StaffHttp owner() {
		return StaffHttp.basic(port, PROCESS_OWNER);
	}

	private static JsonNode json(HttpResponse<String> response) {
		try {
			return JSON.readTree(response.body());
		}
		catch (IOException ex) {
			throw new IllegalStateException(response.body(), ex);
		}
	}

}
