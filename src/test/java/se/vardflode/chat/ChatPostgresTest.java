package se.vardflode.chat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;
import static se.vardflode.chat.ChatFixtures.UM_UNIT;
import static se.vardflode.chat.ChatFixtures.YOUTH;
import static se.vardflode.chat.ChatFixtures.YOUTH_MAIL;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import se.vardflode.EngineClock;
import se.vardflode.Mailbox;
import se.vardflode.PostgresTest;

/**
 * The production database: a real PostgreSQL 16 started in-process, the Flyway migration and the engine's schema
 * on it, and a UM chat from enrollment to expiry through the REST API. It shares the other PostgreSQL tests' context.
 */
@PostgresTest
class ChatPostgresTest {

	static final String YOUTH_NURSE = "um.sara";

	final Mailbox mailbox = Mailbox.get();

	@Autowired
	TestRestTemplate rest;

	@BeforeEach
	void setUp() {
		EngineClock.setTo(Instant.parse("2026-11-23T09:00:00Z"));
	}

	@Test
	void youth_clinic_chat_from_enrollment_to_expiry_on_postgresql() {
		ResponseEntity<Map<String, Object>> created = post("/api/enrollments",
				Map.of("careType", "UM", "unitId", UM_UNIT, "personnummer", YOUTH, "email", YOUTH_MAIL));
		assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
		String chatId = (String) created.getBody().get("chatId");
		String instanceId = (String) created.getBody().get("processInstanceId");
		assertThat(post("/api/enrollments", Map.of("careType", "UM", "unitId", UM_UNIT, "personnummer", YOUTH,
				"email", YOUTH_MAIL)).getStatusCode()).isEqualTo(HttpStatus.CONFLICT);

		runJob(instanceId, "sendWelcomeMail");
		EngineClock.setTo(Instant.parse("2027-11-09T09:00:01Z"));
		runJob(instanceId, "reminderDue");
		runJob(instanceId, "sendReminderMail");
		assertThat(taskService().createTaskQuery().processInstanceId(instanceId).taskCandidateGroup(UM_UNIT).count()).isOne();
		EngineClock.setTo(Instant.parse("2027-11-23T09:00:01Z"));
		runJob(instanceId, "chatExpires");
		runJob(instanceId, "sendClosingNotice");

		Map<String, Object> chat = get("/api/chats/" + chatId).getBody();
		assertThat(chat).containsEntry("status", "CLOSED").containsEntry("closedBy", "EXPIRED")
			.containsEntry("expiresAt", "2027-11-23T09:00:00Z").containsEntry("closedAt", "2027-11-23T09:00:01Z");
		assertThat(mailbox.received()).hasSize(3);
		ResponseEntity<List<Map<String, Object>>> closed = rest.withBasicAuth(YOUTH_NURSE, "demo")
			.exchange("/api/chats?unitId=um-gavle&status=CLOSED", HttpMethod.GET, null, new ParameterizedTypeReference<>() {
			});
		assertThat(closed.getBody()).extracting(c -> c.get("id")).containsExactly(chatId);
	}

	private void runJob(String instanceId, String activityId) {
		Job job = managementService().createJobQuery().processInstanceId(instanceId).activityId(activityId).singleResult();
		assertThat(job).as("job at %s", activityId).isNotNull();
		managementService().executeJob(job.getId());
	}

	private ResponseEntity<Map<String, Object>> post(String path, Object body) {
		HttpHeaders headers = new HttpHeaders();
		headers.setContentType(MediaType.APPLICATION_JSON);
		return rest.withBasicAuth(YOUTH_NURSE, "demo").exchange(path, HttpMethod.POST, new HttpEntity<>(body, headers),
				new ParameterizedTypeReference<>() {
				});
	}

	private ResponseEntity<Map<String, Object>> get(String path) {
		return rest.withBasicAuth(YOUTH_NURSE, "demo").exchange(path, HttpMethod.GET, null,
				new ParameterizedTypeReference<>() {
				});
	}

}
