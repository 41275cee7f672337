package se.vardflode.patient;

import static org.assertj.core.api.Assertions.assertThat;
import static se.vardflode.patient.PatientTaskFixtures.DEMO_PASSWORD;
import static se.vardflode.patient.PatientTaskFixtures.LOVA;
import static se.vardflode.patient.PatientTaskFixtures.TOLVAN;

import java.net.http.HttpResponse;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import se.vardflode.VardflodeTest;
import se.vardflode.kernel.Personnummer;
import se.vardflode.patient.PatientAuditLog.Action;
import se.vardflode.patient.PatientAuditLog.ActorType;

/**
 * The inbox of the patient page through the patient API: a person sees only the messages addressed to her own
 * login (someone else's answers 404, as one that does not exist), opening one marks it read, and every read is in the
 * access log. (The pathways' messages themselves: {@code PatientMailsTest}.)
 */
@VardflodeTest
class PatientInboxApiTest {

	@LocalServerPort
	int port;
	@Autowired
	PatientInbox inbox;
	@Autowired
	PatientAuditLog auditLog;
	@Autowired
	JdbcClient jdbc;

	String tolvansMessage;

	@BeforeEach
	void aMessageToTolvan() {
		tolvansMessage = UUID.randomUUID().toString();
		inbox.deliver(new PatientInbox.NewMessage(tolvansMessage, TOLVAN, "pst-sodra-halsingland", "referral-sent",
				"Din remiss har skickats till Psykiatri Gävleborg", "Vårdcentralen Gävle har skickat en remiss om dig.\n\nDu får ett nytt meddelande.",
				null));
	}

	@Test
	void a_patient_sees_her_unread_message_opens_it_and_it_is_read() {
		PatientSession tolvan = loggedIn(TOLVAN);

		JsonNode list = PatientSession.json(tolvan.get("/api/patient/messages"));
		assertThat(list.path("unread").asInt()).isEqualTo(1);
		JsonNode summary = list.path("messages").get(0);
		assertThat(summary.path("title").asText()).isEqualTo("Din remiss har skickats till Psykiatri Gävleborg");
		assertThat(summary.path("unit").asText()).isEqualTo("PST Södra Hälsingland");
		assertThat(summary.path("read").asBoolean()).isFalse();
		assertThat(summary.path("sentAt").asText()).isNotBlank();
		assertThat(summary.has("body")).isFalse();

		JsonNode message = PatientSession.json(tolvan.get("/api/patient/messages/" + tolvansMessage));
		assertThat(message.path("body").asText()).isEqualTo("Vårdcentralen Gävle har skickat en remiss om dig.\n\nDu får ett nytt meddelande.");

		JsonNode after = PatientSession.json(tolvan.get("/api/patient/messages"));
		assertThat(after.path("unread").asInt()).isZero();
		assertThat(after.path("messages").get(0).path("read").asBoolean()).isTrue();
	}

	@Test
	void someone_elses_message_is_not_found_and_stays_unread() {
		PatientSession lova = loggedIn(LOVA);

		HttpResponse<String> response = lova.get("/api/patient/messages/" + tolvansMessage);

		assertThat(response.statusCode()).isEqualTo(404);
		assertThat(PatientSession.json(response).path("type").asText()).isEqualTo("https://vardflode.se/problem/patient-message-not-found");
		assertThat(lova.get("/api/patient/messages/" + UUID.randomUUID()).statusCode()).isEqualTo(404);
		assertThat(PatientSession.json(lova.get("/api/patient/messages")).path("messages").findValuesAsText("id")).doesNotContain(tolvansMessage);
		assertThat(jdbc.sql("select count(*) from patient_message where id = :id and read_at is null").param("id", tolvansMessage)
			.query(Integer.class).single()).isOne();
		assertThat(auditLog.entriesFor(TOLVAN)).noneMatch(entry -> LOVA.value().equals(entry.actor()));
	}

	@Test
	void every_read_of_the_inbox_is_in_the_access_log() {
		PatientSession tolvan = loggedIn(TOLVAN);
		long listsBefore = patientsOwn(Action.LIST_MESSAGES, "GET /api/patient/messages");

		tolvan.get("/api/patient/messages");
		tolvan.get("/api/patient/messages/" + tolvansMessage);
		tolvan.get("/api/patient/messages/" + tolvansMessage);

		assertThat(patientsOwn(Action.LIST_MESSAGES, "GET /api/patient/messages")).isEqualTo(listsBefore + 1);
		assertThat(patientsOwn(Action.READ_MESSAGE, "GET /api/patient/messages/" + tolvansMessage)).isEqualTo(2);
	}

	/** Tolvan's own reads of this kind through this path, in the access log. */
	private long patientsOwn(Action action, String path) {
		return auditLog.entriesFor(TOLVAN).stream().filter(entry -> entry.action() == action && entry.actorType() == ActorType.PATIENT
				&& TOLVAN.value().equals(entry.actor()) && path.equals(entry.path())).count();
	}

	@Test
	void the_inbox_is_the_patients_only() {
		HttpResponse<String> anonymous = new PatientSession(port).get("/api/patient/messages");
		HttpResponse<String> staff = new PatientSession(port).getWithBasic("/api/patient/messages", "bvc.karin", DEMO_PASSWORD);

		assertThat(anonymous.statusCode()).isEqualTo(401);
		assertThat(staff.statusCode()).isEqualTo(401);
	}

	@Test
	void a_message_delivered_again_by_a_retried_job_is_still_one_message() {
		inbox.deliver(new PatientInbox.NewMessage(tolvansMessage, TOLVAN, "pst-sodra-halsingland", "referral-sent", "Annan rubrik", "Annan text",
				null));

		JsonNode list = PatientSession.json(loggedIn(TOLVAN).get("/api/patient/messages"));

		assertThat(list.path("messages").findValuesAsText("id")).containsOnlyOnce(tolvansMessage);
		assertThat(list.path("messages").findValuesAsText("title")).contains("Din remiss har skickats till Psykiatri Gävleborg")
			.doesNotContain("Annan rubrik");
	}

	private PatientSession loggedIn(Personnummer patient) {
		PatientSession session = new PatientSession(port);
		assertThat(session.logIn(patient.formatted(), DEMO_PASSWORD)).endsWith("/patient/");
		return session;
	}

}
