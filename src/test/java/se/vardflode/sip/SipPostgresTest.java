package se.vardflode.sip;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.historyService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

import se.vardflode.EngineClock;
import se.vardflode.Inboxes;
import se.vardflode.Mailbox;
import se.vardflode.PostgresTest;

/**
 * A SIP from the request to a held meeting on a real PostgreSQL, through the HTTP APIs staff use: the project's API
 * for the request, the engine REST API (as Tasklist calls it) for the units' tasks. The KPI signals are read back
 * from history as the KPI work will read them.
 */
@PostgresTest
class SipPostgresTest {

	static final String PASSWORD = "demo";
	static final ParameterizedTypeReference<Map<String, Object>> JSON_OBJECT = new ParameterizedTypeReference<>() {
	};
	static final ParameterizedTypeReference<List<Map<String, Object>>> JSON_LIST = new ParameterizedTypeReference<>() {
	};

	final Mailbox mailbox = Mailbox.get();

	@Autowired
	ProcessEngine engine;
	@Autowired
	TestRestTemplate http;
	@Autowired
	DataSource dataSource;

	@BeforeEach
	void setUp() {
		EngineClock.setTo(Instant.parse("2026-11-23T09:00:00Z"));
	}

	@Test
	void a_requested_sip_reaches_a_held_meeting_through_the_rest_apis_and_leaves_its_kpi_signals() {
		// social services request a SIP
		ResponseEntity<Map<String, Object>> created = http.withBasicAuth(SipFixtures.SOCIAL_WORKER, PASSWORD)
			.exchange("/api/sip-requests", HttpMethod.POST, new HttpEntity<>(SipFixtures.socialServicesRequestWithPsychiatryAndSchool()), JSON_OBJECT);
		assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
		String instanceId = (String) created.getBody().get("processInstanceId");
		ProcessInstance sip = runtimeService().createProcessInstanceQuery().processInstanceId(instanceId).singleResult();

		// the patient consents (in the patient page, which completes the patient's task on the engine)
		String consentTask = taskService().createTaskQuery().processInstanceId(instanceId).taskAssignee("patient:191212121212").singleResult().getId();
		taskService().complete(consentTask, Map.of("consent", "yes"));

		// the coordinator books the meeting in Tasklist
		complete(SipFixtures.SOCIAL_WORKER, taskOf(SipFixtures.SOCIAL_WORKER, instanceId, "scheduleMeeting"), Map.of(
				"meetingDate", Map.of("value", "2026-12-03"), "meetingTime", Map.of("value", "13:00"),
				"meetingVideoLink", Map.of("value", "https://video.region.example/sip-123")));
		runAsyncJobs(instanceId);
		// the invitations by mail, and the patient's neutral notice of the invitation waiting in her patient page
		assertThat(mailbox.received()).hasSize(3);
		assertThat(Arrays.stream(mailbox.received()).map(Mailbox::subjectOf)).containsOnlyOnce(Inboxes.NOTICE_SUBJECT);

		// psychiatry and PST answer the invitation; each sees only its own unit's task
		complete("psykiatri.johan", taskOf("psykiatri.johan", instanceId, "confirmAttendance"),
				Map.of("attending", Map.of("value", "yes"), "representative", Map.of("value", "Johan Dahlberg")));
		complete("pst.lena", taskOf("pst.lena", instanceId, "confirmAttendance"), Map.of("attending", Map.of("value", "yes")));

		// the meeting is held and recorded
		EngineClock.setTo(Instant.parse("2026-12-03T14:00:00Z"));
		complete(SipFixtures.SOCIAL_WORKER, taskOf(SipFixtures.SOCIAL_WORKER, instanceId, "recordMeetingHeld"),
				Map.of("meetingHeld", Map.of("value", true, "type", "Boolean")));

		assertThat(sip).isWaitingAt("writePlan");
		JdbcTemplate sql = new JdbcTemplate(dataSource);
		assertThat(sql.queryForList("select act_id_ from act_hi_actinst where proc_inst_id_ = ? order by start_time_, sequence_counter_",
				String.class, instanceId)).contains("giveConsent", "recordConsent", "scheduleMeeting", "sendMeetingInvitations",
						"confirmAttendance", "recordMeetingHeld", "meetingHeld", "writePlan");
		// the start event is the instance's START_ACT_ID_, not an activity row (engine.VardflodeHistoryLevel)
		assertThat(sql.queryForObject("select start_act_id_ from act_hi_procinst where id_ = ?", String.class, instanceId))
			.isEqualTo("sipRequested");
		assertThat(sql.queryForObject("select text_ from act_hi_varinst where proc_inst_id_ = ? and name_ = 'confirmedParticipants'",
				String.class, instanceId)).isEqualTo("Psykiatri Gävleborg: deltar (Johan Dahlberg); PST Södra Hälsingland: deltar");

		// KPI signals: requested, consented, held within deadline, active
		String key = SipProcess.KEY;
		assertThat(historyService().createHistoricProcessInstanceQuery().processDefinitionKey(key).processInstanceId(instanceId).count())
			.as("requested").isEqualTo(1);
		assertThat(historyService().createHistoricVariableInstanceQuery().processInstanceId(instanceId).variableName("consentedAt").count())
			.as("consented").isEqualTo(1);
		assertThat(historyService().createHistoricVariableInstanceQuery().processInstanceId(instanceId)
			.variableValueEquals("meetingHeldWithinDeadline", true).count()).as("held within deadline").isEqualTo(1);
		assertThat(historyService().createHistoricProcessInstanceQuery().processDefinitionKey(key).processInstanceId(instanceId).unfinished().count())
			.as("active").isEqualTo(1);
	}

	private String taskOf(String user, String instanceId, String taskDefinitionKey) {
		ResponseEntity<List<Map<String, Object>>> tasks = http.withBasicAuth(user, PASSWORD).exchange(
				engineRest() + "/task?processInstanceId=" + instanceId, HttpMethod.GET, null, JSON_LIST);
		assertThat(tasks.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(tasks.getBody()).as("%s sees one task", user).hasSize(1);
		assertThat(tasks.getBody().get(0)).containsEntry("taskDefinitionKey", taskDefinitionKey);
		return (String) tasks.getBody().get(0).get("id");
	}

	private void complete(String user, String taskId, Map<String, Object> variables) {
		ResponseEntity<String> response = http.withBasicAuth(user, PASSWORD).exchange(engineRest() + "/task/" + taskId + "/complete",
				HttpMethod.POST, new HttpEntity<>(Map.of("variables", variables)), String.class);
		assertThat(response.getStatusCode()).as("%s completes %s: %s", user, taskId, response.getBody()).isEqualTo(HttpStatus.NO_CONTENT);
	}

	/** This context's engine is named (see {@link PostgresTest}), so the REST API addresses it by name. */
	private String engineRest() {
		return "/engine-rest/engine/" + engine.getName();
	}

	private void runAsyncJobs(String instanceId) {
		List<Job> jobs = managementService().createJobQuery().processInstanceId(instanceId).messages().list();
		jobs.forEach(job -> managementService().executeJob(job.getId()));
		assertThat(managementService().createJobQuery().processInstanceId(instanceId).messages().count()).isZero();
	}

}
