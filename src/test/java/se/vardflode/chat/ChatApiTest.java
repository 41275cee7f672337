package se.vardflode.chat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static se.vardflode.chat.ChatFixtures.BVC_UNIT;
import static se.vardflode.chat.ChatFixtures.CHILD;
import static se.vardflode.chat.ChatFixtures.MOTHER;
import static se.vardflode.chat.ChatFixtures.MOTHER_MAIL;
import static se.vardflode.chat.ChatFixtures.UM_UNIT;
import static se.vardflode.chat.ChatFixtures.YOUTH;
import static se.vardflode.chat.ChatFixtures.YOUTH_MAIL;

import java.time.Instant;
import java.util.List;
import java.util.Map;

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
import org.springframework.jdbc.core.simple.JdbcClient;

import se.vardflode.EngineClock;
import se.vardflode.VardflodeTest;

/** POST /api/enrollments, GET /api/chats, POST /api/chats/{id}/close over HTTP, signed in as the demo staff. */
@VardflodeTest
class ChatApiTest {

	static final String BVC_NURSE = "bvc.karin";
	static final String MIDWIFE = "mvc.maria";
	static final String YOUTH_NURSE = "um.sara";
	static final String PROBLEM_JSON = "application/problem+json";

	@Autowired
	TestRestTemplate rest;
	@Autowired
	JdbcClient jdbc;

	@BeforeEach
	void setUp() {
		EngineClock.setTo(Instant.parse("2026-11-23T09:00:00Z"));
	}

	@Test
	void enrollment_opens_a_chat_the_unit_can_read() {
		ResponseEntity<Map<String, Object>> created = post(BVC_NURSE, "/api/enrollments", bvcEnrollment());

		assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
		String chatId = (String) created.getBody().get("chatId");
		assertThat(created.getHeaders().getLocation()).hasPath("/api/chats/" + chatId);
		assertThat(created.getBody().get("processInstanceId")).isNotNull();

		Map<String, Object> chat = get(BVC_NURSE, "/api/chats/" + chatId).getBody();
		assertThat(chat).containsEntry("status", "OPEN").containsEntry("unitName", "BVC Gävle")
			.containsEntry("careType", "BVC").containsEntry("patient", "2026****-****")
			.containsEntry("expiresAt", "2027-11-23T09:00:00Z");
		assertThat((List<?>) chat.get("participants")).hasSize(2);
		assertThat(chat.toString()).doesNotContain("20260512", "2387");

		ResponseEntity<List<Map<String, Object>>> open = list(BVC_NURSE, "/api/chats?unitId=bvc-gavle&status=OPEN");
		assertThat(open.getBody()).extracting(c -> c.get("id")).containsExactly(chatId);
		assertThat(list(BVC_NURSE, "/api/chats?unitId=bvc-gavle&status=CLOSED").getBody()).isEmpty();
	}

	@Test
	void staff_of_another_unit_may_neither_list_nor_read_nor_enroll() {
		String chatId = (String) post(BVC_NURSE, "/api/enrollments", bvcEnrollment()).getBody().get("chatId");

		ResponseEntity<Map<String, Object>> listing = get(MIDWIFE, "/api/chats?unitId=bvc-gavle");
		assertThat(listing.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
		assertThat(listing.getBody()).containsEntry("type", "https://vardflode.se/problem/not-your-unit");
		assertThat(get(MIDWIFE, "/api/chats/" + chatId).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
		assertThat(post(MIDWIFE, "/api/chats/" + chatId + "/close", Map.of("closedBy", "STAFF", "reason", "Fel"))
			.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
		assertNothingLeftBehindBy(() -> assertThat(post(MIDWIFE, "/api/enrollments", bvcEnrollment()).getStatusCode())
			.isEqualTo(HttpStatus.FORBIDDEN));
	}

	@Test
	void api_needs_a_staff_login() {
		ResponseEntity<String> anonymous = rest.getForEntity("/api/chats?unitId=bvc-gavle", String.class);

		assertThat(anonymous.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
	}

	@Test
	void wrong_check_digit_is_refused_naming_the_field() {
		Map<String, Object> body = bvcEnrollment();
		body.put("personnummer", "20260512-2388");

		assertBadInput(BVC_NURSE, body, Map.of("personnummer", "Kontrollsiffran stämmer inte"));
	}

	@Test
	void impossible_birth_date_is_refused_naming_the_field() {
		Map<String, Object> body = bvcEnrollment();
		body.put("personnummer", "20230230-1235");

		assertBadInput(BVC_NURSE, body, Map.of("personnummer", "Födelsedatumet finns inte"));
	}

	@Test
	void unknown_unit_is_refused_naming_the_field() {
		Map<String, Object> body = bvcEnrollment();
		body.put("unitId", "bvc-nowhere");

		assertBadInput(BVC_NURSE, body, Map.of("unitId", "Enheten finns inte"));
	}

	@Test
	void unit_that_does_not_offer_the_care_type_is_refused() {
		Map<String, Object> body = new java.util.HashMap<>(Map.of("careType", "MVC", "unitId", BVC_UNIT,
				"personnummer", MOTHER, "email", MOTHER_MAIL, "dueDate", "2027-05-01"));

		assertBadInput(BVC_NURSE, body, Map.of("unitId", "BVC Gävle erbjuder inte MVC"));
	}

	@Test
	void due_date_in_the_past_is_refused() {
		Map<String, Object> body = new java.util.HashMap<>(Map.of("careType", "MVC", "unitId", "mvc-gavle",
				"personnummer", MOTHER, "email", MOTHER_MAIL, "dueDate", "2026-11-01"));

		assertBadInput(MIDWIFE, body, Map.of("dueDate", "Beräknat förlossningsdatum har redan passerat"));
	}

	@Test
	void unreadable_due_date_is_refused_naming_the_field() {
		Map<String, Object> body = new java.util.HashMap<>(Map.of("careType", "MVC", "unitId", "mvc-gavle",
				"personnummer", MOTHER, "email", MOTHER_MAIL, "dueDate", "1 maj"));

		assertBadInput(MIDWIFE, body, Map.of("dueDate", "Värdet har fel format"));
	}

	@Test
	void bvc_without_guardian_is_refused() {
		Map<String, Object> body = bvcEnrollment();
		body.remove("guardians");

		assertBadInput(BVC_NURSE, body, Map.of("guardians", "Minst en vårdnadshavare behövs för en BVC-chatt"));
	}

	@Test
	void youth_clinic_refuses_a_nine_year_old_and_says_why() {
		Map<String, Object> body = umEnrollment();
		body.put("personnummer", ChatFixtures.NINE_YEAR_OLD);

		assertNothingLeftBehindBy(() -> {
			ResponseEntity<Map<String, Object>> refused = post(YOUTH_NURSE, "/api/enrollments", body);
			assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
			assertThat(refused.getHeaders().getContentType()).hasToString(PROBLEM_JSON);
			assertThat(refused.getBody()).containsEntry("type", "https://vardflode.se/problem/outside-unit-age-range")
				.containsEntry("title", "Patienten är utanför ungdomsmottagningens ålder")
				.containsEntry("detail", "UM Gävle tar emot unga mellan 13 och 25 år. Patienten är 9 år och kan inte skrivas in i chatten här.");
		});
		assertThat(post(YOUTH_NURSE, "/api/enrollments", umEnrollment()).getStatusCode()).as("an 18-year-old is welcome")
			.isEqualTo(HttpStatus.CREATED);
	}

	@Test
	void each_guardian_is_named_custodian_or_not_and_one_must_be() {
		Map<String, Object> unstated = bvcEnrollment();
		unstated.put("guardians", List.of(Map.of("personnummer", MOTHER, "email", MOTHER_MAIL)));
		Map<String, Object> noCustodian = bvcEnrollment();
		noCustodian.put("guardians", List.of(Map.of("personnummer", MOTHER, "email", MOTHER_MAIL, "custodian", false)));

		assertBadInput(BVC_NURSE, unstated,
				Map.of("guardians[0].custodian", "Ange om personen är barnets vårdnadshavare (custodian: true eller false)"));
		assertBadInput(BVC_NURSE, noCustodian,
				Map.of("guardians", "Minst en av dem som skrivs in med barnet måste vara barnets vårdnadshavare"));
	}

	@Test
	void guardian_may_not_join_a_youth_clinic_chat() {
		Map<String, Object> body = umEnrollment();
		body.put("guardians", List.of(Map.of("personnummer", MOTHER, "email", MOTHER_MAIL, "custodian", true)));

		assertNothingLeftBehindBy(() -> {
			ResponseEntity<Map<String, Object>> refused = post(YOUTH_NURSE, "/api/enrollments", body);
			assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
			assertThat(refused.getHeaders().getContentType()).hasToString(PROBLEM_JSON);
			assertThat(refused.getBody()).containsEntry("type", "https://vardflode.se/problem/guardian-not-allowed-at-um");
			assertThat((String) refused.getBody().get("detail")).contains("Vårdnadshavare kan inte läggas till");
		});
	}

	@Test
	void second_enrollment_of_the_same_patient_points_to_the_open_chat() {
		String chatId = (String) post(YOUTH_NURSE, "/api/enrollments", umEnrollment()).getBody().get("chatId");

		assertNothingLeftBehindBy(() -> {
			ResponseEntity<Map<String, Object>> again = post(YOUTH_NURSE, "/api/enrollments", umEnrollment());
			assertThat(again.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
			assertThat(again.getBody()).containsEntry("existingChatId", chatId)
				.containsEntry("type", "https://vardflode.se/problem/chat-already-open");
		});
	}

	@Test
	void closed_chat_makes_room_for_a_new_enrollment() {
		String chatId = (String) post(YOUTH_NURSE, "/api/enrollments", umEnrollment()).getBody().get("chatId");

		ResponseEntity<Map<String, Object>> closed = post(YOUTH_NURSE, "/api/chats/" + chatId + "/close",
				Map.of("closedBy", "PATIENT", "reason", "Patienten bad om det i chatten"));

		assertThat(closed.getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
		assertThat(get(YOUTH_NURSE, "/api/chats/" + chatId).getBody()).containsEntry("status", "CLOSED")
			.containsEntry("closedBy", "PATIENT").containsEntry("closeReason", "Patienten bad om det i chatten");
		assertThat(post(YOUTH_NURSE, "/api/chats/" + chatId + "/close", Map.of("closedBy", "STAFF", "reason", "Igen"))
			.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
		assertThat(post(YOUTH_NURSE, "/api/enrollments", umEnrollment()).getStatusCode()).isEqualTo(HttpStatus.CREATED);
	}

	@Test
	void close_without_who_and_why_is_refused() {
		String chatId = (String) post(YOUTH_NURSE, "/api/enrollments", umEnrollment()).getBody().get("chatId");

		ResponseEntity<Map<String, Object>> refused = post(YOUTH_NURSE, "/api/chats/" + chatId + "/close", Map.of());

		assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(errors(refused)).containsOnlyKeys("closedBy", "reason");
		assertThat(get(YOUTH_NURSE, "/api/chats/" + chatId).getBody()).containsEntry("status", "OPEN");
	}

	@Test
	void second_guardian_is_asked_for_through_the_api() {
		String chatId = (String) post(BVC_NURSE, "/api/enrollments", bvcEnrollment()).getBody().get("chatId");

		ResponseEntity<Map<String, Object>> badNumber = post(BVC_NURSE, "/api/chats/" + chatId + "/participants",
				Map.of("personnummer", "19950704-9874", "email", "pappa@example.se", "custodian", true));
		ResponseEntity<Map<String, Object>> accepted = post(BVC_NURSE, "/api/chats/" + chatId + "/participants",
				Map.of("personnummer", ChatFixtures.FATHER, "email", "pappa@example.se", "custodian", true));

		assertThat(badNumber.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(errors(badNumber)).containsOnlyKeys("personnummer");
		assertThat(accepted.getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
		assertThat(accepted.getBody()).containsEntry("chatId", chatId).containsKey("processInstanceId");
	}

	@Test
	void midwife_registers_the_delivery_and_the_bvc_reads_the_childs_new_chat() {
		String mvcChatId = (String) post(MIDWIFE, "/api/enrollments", new java.util.HashMap<>(Map.of("careType", "MVC",
				"unitId", "mvc-gavle", "personnummer", MOTHER, "email", MOTHER_MAIL, "dueDate", "2027-05-01")))
			.getBody().get("chatId");
		EngineClock.setTo(Instant.parse("2027-04-21T08:00:00Z"));

		ResponseEntity<Map<String, Object>> delivered = post(MIDWIFE, "/api/chats/" + mvcChatId + "/delivery",
				Map.of("childPersonnummer", MvcToBvcHandoverProcessTest.NEWBORN, "birthDate", "2027-04-20", "bvcUnitId", BVC_UNIT,
						"custodians", List.of(MOTHER)));

		assertThat(delivered.getStatusCode()).isEqualTo(HttpStatus.CREATED);
		String bvcChatId = (String) delivered.getBody().get("bvcChatId");
		assertThat(get(BVC_NURSE, "/api/chats/" + bvcChatId).getBody()).containsEntry("careType", "BVC")
			.containsEntry("status", "OPEN");
		assertThat(get(MIDWIFE, "/api/chats/" + mvcChatId).getBody()).containsEntry("expiresAt", "2027-07-13T22:00:00Z");
	}

	@Test
	void unknown_chat_is_not_found() {
		assertThat(get(BVC_NURSE, "/api/chats/no-such-chat").getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
	}

	private void assertBadInput(String user, Map<String, Object> body, Map<String, String> expectedErrors) {
		assertNothingLeftBehindBy(() -> {
			ResponseEntity<Map<String, Object>> refused = post(user, "/api/enrollments", body);
			assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
			assertThat(refused.getHeaders().getContentType()).hasToString(PROBLEM_JSON);
			assertThat(refused.getBody()).containsEntry("type", "https://vardflode.se/problem/invalid-input")
				.containsEntry("status", 400);
			assertThat(errors(refused)).isEqualTo(expectedErrors);
		});
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> errors(ResponseEntity<Map<String, Object>> problem) {
		return (Map<String, Object>) problem.getBody().get("errors");
	}

	private void assertNothingLeftBehindBy(Runnable request) {
		long instances = runtimeService().createProcessInstanceQuery().count();
		long channels = jdbc.sql("select count(*) from chat_channel").query(Long.class).single();
		long participants = jdbc.sql("select count(*) from chat_participant").query(Long.class).single();

		request.run();

		assertThat(runtimeService().createProcessInstanceQuery().count()).isEqualTo(instances);
		assertThat(jdbc.sql("select count(*) from chat_channel").query(Long.class).single()).isEqualTo(channels);
		assertThat(jdbc.sql("select count(*) from chat_participant").query(Long.class).single()).isEqualTo(participants);
	}

	private static Map<String, Object> bvcEnrollment() {
		return new java.util.HashMap<>(Map.of("careType", "BVC", "unitId", BVC_UNIT, "personnummer", CHILD,
				"guardians", List.of(Map.of("personnummer", MOTHER, "email", MOTHER_MAIL, "custodian", true))));
	}

	private static Map<String, Object> umEnrollment() {
		return new java.util.HashMap<>(Map.of("careType", "UM", "unitId", UM_UNIT, "personnummer", YOUTH, "email", YOUTH_MAIL));
	}

	private ResponseEntity<Map<String, Object>> post(String user, String path, Object body) {
		HttpHeaders headers = new HttpHeaders();
		headers.setContentType(MediaType.APPLICATION_JSON);
		return rest.withBasicAuth(user, "demo").exchange(path, HttpMethod.POST, new HttpEntity<>(body, headers),
				new ParameterizedTypeReference<>() {
				});
	}

	private ResponseEntity<Map<String, Object>> get(String user, String path) {
		return rest.withBasicAuth(user, "demo").exchange(path, HttpMethod.GET, null, new ParameterizedTypeReference<>() {
		});
	}

	private ResponseEntity<List<Map<String, Object>>> list(String user, String path) {
		return rest.withBasicAuth(user, "demo").exchange(path, HttpMethod.GET, null, new ParameterizedTypeReference<>() {
		});
	}

}
