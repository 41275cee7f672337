package se.vardflode.triage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

import se.vardflode.EngineClock;
import se.vardflode.Inboxes;
import se.vardflode.Mailbox;
import se.vardflode.PostgresTest;

/**
 * Three contacts from the advice line to a started anxiety-school group on PostgreSQL, every step over HTTP as the
 * people who do it: the project's API for the contact, Camunda's REST API for the tasks and (as the process owner,
 * since the job executor is off in tests) for the due jobs.
 */
@PostgresTest
class TriageToGroupOnPostgresTest {

	static final String ENGINE = "/engine-rest/engine/postgres";
	static final String PROCESS_OWNER = "processagare";
	static final String PST_MEMBER = "pst.lena";
	static final ParameterizedTypeReference<List<Map<String, Object>>> LIST = new ParameterizedTypeReference<>() {
	};

	final Mailbox mailbox = Mailbox.get();

	@Autowired
	TestRestTemplate http;
	@Autowired
	DataSource dataSource;

	@BeforeEach
	void setUp() {
		EngineClock.setTo(Instant.parse("2026-11-23T09:00:00Z"));
	}

	@Test
	void three_anxious_patients_go_from_their_contact_to_a_started_anxiety_school() throws Exception {
		List<String> patients = new ArrayList<>();
		for (int day = 1; day <= 3; day++) {
			patients.add(contactThroughTheApi(LocalDate.of(1990, 1, day)));
		}
		for (String patient : patients) {
			completeTask(TriageFixtures.ADVICE_LINE_NURSE, patient, "triageContact", Map.of("acuteSuicideRisk", "no", "assessment",
					"Orolig sedan flera månader", "mainProblem", "ANXIETY", "sendGad7", true));
			String questionnaire = (String) get(PROCESS_OWNER, ENGINE + "/process-instance?superProcessInstance=" + patient).get(0).get("id");
			executeJobs(questionnaire);
			// the patient answers in the patient page, whose API completes her task on her behalf (staff may not)
			taskService().complete(taskService().createTaskQuery().processInstanceId(questionnaire).singleResult().getId(),
					new HashMap<>(AnswerSheet.noComplaints(Gad7Scorer.GAD_7).totalling(11, 1, 7).answers()));
			completeTask(PST_MEMBER, patient, "offerGroupTreatment", Map.of("groupOfferOutcome", "ACCEPTED"));
		}

		List<Map<String, Object>> groups = get(PROCESS_OWNER, ENGINE + "/process-instance?processDefinitionKey=group-treatment");
		assertThat(groups).hasSize(1);
		String group = (String) groups.get(0).get("id");
		completeTask(PST_MEMBER, group, "startGroup", Map.of("groupMeetingInfo", "Måndag kl. 15.00 i 1177:s videomöte"));
		executeJobs(group);
		patients.forEach(this::executeJobs);

		JdbcTemplate sql = new JdbcTemplate(dataSource);
		for (String patient : patients) {
			assertThat(sql.queryForObject("select state_ from act_hi_procinst where id_ = ?", String.class, patient)).isEqualTo("COMPLETED");
			assertThat(sql.queryForObject("select text_ from act_hi_varinst where proc_inst_id_ = ? and name_ = 'route'", String.class, patient))
				.isEqualTo("ANXIETY_SCHOOL");
		}
		assertThat(sql.queryForObject("select state_ from act_hi_procinst where id_ = ?", String.class, group)).isEqualTo("COMPLETED");
		assertThat(sql.queryForList("select title from patient_message where process_instance_id in (?, ?, ?)", String.class, patients.toArray()))
			.containsExactly("Din grupp startar – Ångestskola", "Din grupp startar – Ångestskola", "Din grupp startar – Ångestskola");
		assertThat(mailbox.received()).extracting(Mailbox::subjectOf).contains(Inboxes.NOTICE_SUBJECT).noneMatch(subject -> subject.contains("grupp"));
	}

	private String contactThroughTheApi(LocalDate birthDate) {
		Map<String, Object> contact = TriageFixtures.aPhoneContact();
		contact.put("personnummer", TriageFixtures.womanBorn(birthDate));
		ResponseEntity<Map> response = http.withBasicAuth(TriageFixtures.ADVICE_LINE_NURSE, TriageFixtures.PASSWORD)
			.postForEntity("/api/triage-contacts", contact, Map.class);
		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.CREATED);
		return (String) response.getBody().get("processInstanceId");
	}

	private void completeTask(String user, String processInstanceId, String taskKey, Map<String, Object> values) {
		List<Map<String, Object>> tasks = get(user, ENGINE + "/task?processInstanceId=" + processInstanceId + "&taskDefinitionKey=" + taskKey);
		assertThat(tasks).as("%s sees %s", user, taskKey).hasSize(1);
		Map<String, Object> variables = new HashMap<>();
		values.forEach((name, value) -> variables.put(name, Map.of("value", value)));
		ResponseEntity<String> response = http.withBasicAuth(user, TriageFixtures.PASSWORD)
			.postForEntity(ENGINE + "/task/" + tasks.get(0).get("id") + "/complete", Map.of("variables", variables), String.class);
		assertThat(response.getStatusCode()).as("%s completes %s: %s", user, taskKey, response.getBody()).isEqualTo(HttpStatus.NO_CONTENT);
	}

	/** Runs the instance's due jobs (mails, the group start) as the job executor would. */
	private void executeJobs(String processInstanceId) {
		for (Map<String, Object> job : get(PROCESS_OWNER, ENGINE + "/job?processInstanceId=" + processInstanceId + "&executable=true")) {
			ResponseEntity<String> response = http.withBasicAuth(PROCESS_OWNER, TriageFixtures.PASSWORD)
				.postForEntity(ENGINE + "/job/" + job.get("id") + "/execute", null, String.class);
			assertThat(response.getStatusCode()).as("job %s: %s", job.get("id"), response.getBody()).isEqualTo(HttpStatus.NO_CONTENT);
		}
	}

	private List<Map<String, Object>> get(String user, String url) {
		return http.withBasicAuth(user, TriageFixtures.PASSWORD).exchange(url, HttpMethod.GET, null, LIST).getBody();
	}

}
