package se.vardflode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.repositoryService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import java.sql.Connection;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import se.vardflode.triage.CallBackFixtures;

/** The engine on a real PostgreSQL: schema created by Camunda, the real models deployed, a timer and tasks run. */
@PostgresTest
class PostgresEngineTest {

	final Mailbox mailbox = Mailbox.get();

	@Autowired
	ProcessEngine engine;
	@Autowired
	DataSource dataSource;

	Instant now = Instant.parse("2026-11-23T09:00:00Z");

	@BeforeEach
	void setUp() {
		EngineClock.setTo(now);
	}

	@Test
	void the_engine_runs_on_postgresql_16_with_the_real_models_deployed() throws Exception {
		try (Connection connection = dataSource.getConnection()) {
			assertThat(connection.getMetaData().getDatabaseProductName()).isEqualTo("PostgreSQL");
			assertThat(connection.getMetaData().getDatabaseMajorVersion()).isEqualTo(16);
		}
		assertThat(engine.getName()).isEqualTo("postgres");
		assertThat(repositoryService().createProcessDefinitionQuery().processDefinitionKey(CallBackFixtures.PROCESS_KEY).count()).isEqualTo(1);
	}

	@Test
	void a_missed_call_back_runs_through_timer_mail_and_task_and_leaves_its_history() throws Exception {
		ProcessInstance callBack = CallBackFixtures.adviceLinePromisesCallBack(runtimeService(), now, Duration.ofHours(1));

		EngineClock.setTo(now.plus(Duration.ofHours(2)));
		execute(managementService().createJobQuery().processInstanceId(callBack.getId()).timers().singleResult());
		execute(job(callBack));
		complete(task(callBack), Map.of("patientReached", "yes", "callNote", "Tid bokad hos PST"));

		assertThat(callBack).isEnded();
		assertThat(mailbox.received()).hasSize(1);
		JdbcTemplate sql = new JdbcTemplate(dataSource);
		assertThat(sql.queryForObject("select state_ from act_hi_procinst where id_ = ?", String.class, callBack.getId()))
			.isEqualTo("COMPLETED");
		List<String> activities = sql.queryForList(
				"select act_id_ from act_hi_actinst where proc_inst_id_ = ? order by start_time_, sequence_counter_", String.class, callBack.getId());
		// the two branches after the split (the overdue task, the team's mail) start in either order; the start event
		// and the gateways the token passed through are not kept (engine.VardflodeHistoryLevel): how the instance
		// started is its START_ACT_ID_
		assertThat(activities).startsWith("callPatient", "callBackTimePassed")
			.endsWith("callMade")
			.containsExactlyInAnyOrder("callPatient", "callBackTimePassed", "callPatientOverdue", "notifyTeamOfMissedCallBack",
					"teamNotifiedOfMissedCallBack", "callMade");
		assertThat(sql.queryForObject("select start_act_id_ from act_hi_procinst where id_ = ?", String.class, callBack.getId()))
			.isEqualTo("callBackPromised");
		assertThat(sql.queryForObject("select count(*) from act_hi_taskinst where proc_inst_id_ = ?", Integer.class, callBack.getId()))
			.isEqualTo(2);
		assertThat(sql.queryForObject("select text_ from act_hi_varinst where proc_inst_id_ = ? and name_ = 'patientReached'",
				String.class, callBack.getId())).isEqualTo("yes");
	}

}
