package se.vardflode.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Map;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.history.HistoryLevel;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;

import se.vardflode.EngineClock;
import se.vardflode.Jobs;
import se.vardflode.VardflodeTest;

/**
 * The history level {@code vardflode}: a UM chat enrolled through the API and reminded, its extension decided in the
 * unit's form. What the KPIs, the PDL follow-up and the answer trail read is in history; the passed-through gateways and
 * start events, chat-duration's evaluation and the detail rows of the chat's start values are not.
 */
@VardflodeTest
class VardflodeHistoryLevelTest {

	@Autowired
	TestRestTemplate http;
	@Autowired
	ProcessEngine engine;
	@Autowired
	JdbcClient jdbc;

	HistoryService history;
	ManagementService management;

	@BeforeEach
	void setUp() {
		history = engine.getHistoryService();
		management = engine.getManagementService();
		EngineClock.setTo(Instant.parse("2026-11-23T09:00:00Z"));
	}

	@Test
	void the_engine_runs_with_it_and_stores_it_as_full() {
		HistoryLevel level = ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getHistoryLevel();

		assertThat(level.getName()).isEqualTo("vardflode");
		assertThat(level.getId()).isEqualTo(HistoryLevel.HISTORY_LEVEL_FULL.getId());
		assertThat(jdbc.sql("select value_ from act_ge_property where name_ = 'historyLevel'").query(String.class).single())
			.isEqualTo("3");
	}

	@Test
	void a_chat_keeps_what_its_readers_need_and_nothing_else() {
		String instanceId = enroll();
		Jobs.runAsyncContinuations(management, instanceId);
		EngineClock.setTo(Instant.parse("2027-11-09T09:00:01Z"));
		management.executeJob(timer(instanceId, "reminderDue").getId());
		Jobs.runAsyncContinuations(management, instanceId);
		String taskId = engine.getTaskService().createTaskQuery().processInstanceId(instanceId).singleResult().getId();
		engine.getTaskService().complete(taskId, Map.of("chatDecision", "extend", "extensionMonths", "6",
				"extensionReason", "Uppföljning behövs"));

		assertThat(history.createHistoricActivityInstanceQuery().processInstanceId(instanceId).list())
			.extracting(HistoricActivityInstance::getActivityId)
			// the chat KPIs read extendChat; the reminder, the task and its mail say what the unit and the patient saw
			.contains("decideChatPeriod", "openChatChannel", "chatOpen", "sendWelcomeMail", "reminderDue", "extendOrCloseChat",
					"sendReminderMail", "chatExpires", "extendChat", "chatExtended")
			.doesNotContain("enrollmentRegistered", "chatOpenStarted", "chatOpenLoop", "chatReopened", "welcomeJoin",
					"remindBoth", "extendDecision");
		assertThat(history.createHistoricDecisionInstanceQuery().processInstanceId(instanceId).count()).isZero();
		// the start values are in the variable history, without a detail row each
		assertThat(history.createHistoricVariableInstanceQuery().processInstanceId(instanceId).variableName("unitId")
			.singleResult().getValue()).isEqualTo("um-gavle");
		assertThat(history.createHistoricDetailQuery().processInstanceId(instanceId).variableUpdates().list())
			.extracting(detail -> ((org.camunda.bpm.engine.history.HistoricVariableUpdate) detail).getVariableName())
			.doesNotContain("chatId", "unitId", "careType", "patientReference")
			// the unit's answers in the extension form keep their trail
			.contains("chatDecision", "extensionMonths", "extensionReason");
	}

	private String enroll() {
		ResponseEntity<Map> response = http.withBasicAuth("um.sara", "demo").postForEntity("/api/enrollments",
				Map.of("careType", "UM", "unitId", "um-gavle", "personnummer", "20090101-9810", "email", "ung@example.se"), Map.class);
		assertThat(response.getStatusCode()).as(String.valueOf(response.getBody())).isEqualTo(HttpStatus.CREATED);
		return (String) response.getBody().get("processInstanceId");
	}

	private Job timer(String instanceId, String activityId) {
		return management.createJobQuery().processInstanceId(instanceId).activityId(activityId).timers().singleResult();
	}

}
