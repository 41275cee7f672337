package se.vardflode.chat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.AfterEach;
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
import org.springframework.jdbc.core.simple.JdbcClient;

import se.vardflode.PostgresTest;

/**
 * The same patient enrolled by many requests at the same moment, on PostgreSQL, where a unique violation aborts the
 * rest of its transaction: one chat, and every other request a 409 that names it.
 */
@PostgresTest
class EnrollmentRaceOnPostgresTest {

	/** A test number of Skatteverket's series 980–999, used by no other test. */
	static final String RACED_YOUTH = "20070707-9885";
	static final int REQUESTS = 24;

	@Autowired
	TestRestTemplate rest;
	@Autowired
	JdbcClient jdbc;

	@AfterEach
	void removeTheChat() {
		runtimeService().createProcessInstanceQuery().processDefinitionKey(ChatProcess.KEY).list().stream()
			.filter(instance -> jdbc.sql("select count(*) from chat_channel where id = :id and patient_personnummer = :patient")
				.param("id", instance.getBusinessKey()).param("patient", RACED_YOUTH.replace("-", "")).query(Long.class).single() > 0)
			.forEach(instance -> runtimeService().deleteProcessInstance(instance.getId(), "test clean-up", true, true));
		jdbc.sql("delete from chat_participant where personnummer = :patient").param("patient", RACED_YOUTH.replace("-", "")).update();
		jdbc.sql("delete from chat_channel where patient_personnummer = :patient").param("patient", RACED_YOUTH.replace("-", "")).update();
	}

	@Test
	void racing_duplicate_enrollments_open_one_chat_and_every_other_request_gets_409_with_its_id() throws Exception {
		CountDownLatch start = new CountDownLatch(1);
		ExecutorService clients = Executors.newFixedThreadPool(REQUESTS);
		List<Future<ResponseEntity<Map<String, Object>>>> answers = new ArrayList<>();
		try {
			for (int i = 0; i < REQUESTS; i++) {
				answers.add(clients.submit(() -> {
					start.await();
					return enroll();
				}));
			}
			start.countDown();
			List<ResponseEntity<Map<String, Object>>> responses = new ArrayList<>();
			for (Future<ResponseEntity<Map<String, Object>>> answer : answers) {
				responses.add(answer.get());
			}

			List<ResponseEntity<Map<String, Object>>> created = responses.stream().filter(r -> r.getStatusCode() == HttpStatus.CREATED).toList();
			assertThat(created).hasSize(1);
			String chatId = (String) created.get(0).getBody().get("chatId");
			assertThat(responses).filteredOn(r -> r.getStatusCode() != HttpStatus.CREATED).hasSize(REQUESTS - 1)
				.allSatisfy(loser -> {
					assertThat(loser.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
					assertThat(loser.getBody()).containsEntry("type", "https://vardflode.se/problem/chat-already-open")
						.containsEntry("existingChatId", chatId);
				});
			assertThat(jdbc.sql("select count(*) from chat_channel where patient_personnummer = :patient")
				.param("patient", RACED_YOUTH.replace("-", "")).query(Long.class).single()).isOne();
			assertThat(runtimeService().createProcessInstanceQuery().processInstanceBusinessKey(chatId).count()).isOne();
		}
		finally {
			clients.shutdownNow();
		}
	}

	private ResponseEntity<Map<String, Object>> enroll() {
		HttpHeaders headers = new HttpHeaders();
		headers.setContentType(MediaType.APPLICATION_JSON);
		Map<String, Object> body = Map.of("careType", "UM", "unitId", ChatFixtures.UM_UNIT, "personnummer", RACED_YOUTH,
				"email", "racad@example.se");
		return rest.withBasicAuth("um.sara", "demo").exchange("/api/enrollments", HttpMethod.POST, new HttpEntity<>(body, headers),
				new ParameterizedTypeReference<>() {
				});
	}

}
