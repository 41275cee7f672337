package se.vardflode.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.authorization.TaskPermissions;
import org.camunda.bpm.engine.impl.TaskQueryImpl;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.task.TaskQuery;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import se.vardflode.PostgresTest;

/**
 * On PostgreSQL the engine joins a user's grants on {@code RESOURCE_ID_ = ANY(ARRAY[…])}, and it authorizes exactly
 * what its own {@code IN (…)} did: through the task's grant (a unit's candidate tasks), the process definition's key
 * and {@code *}, and nothing else. A statement that checks grants is never prepared on the server, however often it
 * runs, so PostgreSQL plans each run for its own values; other statements are.
 */
@PostgresTest
class AuthorizedQueriesOnPostgresTest {

	private static final String PROCESS = "bench-unit-task";
	private static final String UNIT_A = "join-test-unit-a";
	private static final String UNIT_B = "join-test-unit-b";

	@Autowired
	ProcessEngine engine;

	private String deploymentId;

	@BeforeEach
	void two_tasks_for_unit_a_and_one_for_unit_b() {
		deploymentId = engine.getRepositoryService().createDeployment().name("authorization join test")
			.addClasspathResource("bench/unit-task.bpmn").deploy().getId();
		for (String unit : List.of(UNIT_A, UNIT_A, UNIT_B)) {
			engine.getRuntimeService().startProcessInstanceByKey(PROCESS, Map.of("unitId", unit));
		}
	}

	@AfterEach
	void remove_deployment_and_grants() {
		AuthorizationService authorizations = engine.getAuthorizationService();
		for (String group : List.of(UNIT_A, UNIT_B, "join-test-readers")) {
			authorizations.createAuthorizationQuery().groupIdIn(group).list()
				.forEach(grant -> authorizations.deleteAuthorization(grant.getId()));
		}
		authorizations.createAuthorizationQuery().userIdIn("join-test-reads-all").list()
			.forEach(grant -> authorizations.deleteAuthorization(grant.getId()));
		engine.getRepositoryService().deleteDeployment(deploymentId, true);
	}

	@Test
	void the_authorized_task_query_compares_the_resource_id_with_an_array() {
		ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
		engine.getIdentityService().setAuthentication("join-test-nurse", List.of(UNIT_A));
		try {
			String sql = configuration.getCommandExecutorTxRequired().execute((Command<String>) context -> {
				TaskQueryImpl query = new TaskQueryImpl();
				query.taskCandidateGroup(UNIT_A);
				context.getAuthorizationManager().configureTaskQuery(query);
				return configuration.getSqlSessionFactory().getConfiguration()
					.getMappedStatement("selectTaskByQueryCriteria").getBoundSql(query).getSql();
			});
			assertThat(sql.replaceAll("\\s+", " "))
				.contains("AUTH.RESOURCE_ID_ " + AuthorizedQueriesOnPostgresPlugin.JOIN_START + " RES.ID_ , D.KEY_ , '*' ])")
				.doesNotContain("AUTH.RESOURCE_ID_ IN");
		}
		finally {
			engine.getIdentityService().clearAuthentication();
		}
	}

	@Test
	void a_statement_that_checks_grants_is_planned_for_each_run() {
		ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
		engine.getIdentityService().setAuthentication("join-test-nurse", List.of(UNIT_A));
		try {
			Map<String, Long> prepared = configuration.getCommandExecutorTxRequired().execute((Command<Map<String, Long>>) context -> {
				Connection connection = context.getDbSqlSession().getSqlSession().getConnection();
				for (int run = 0; run < 8; run++) { // the driver prepares on the server from the fifth run
					TaskQueryImpl count = new TaskQueryImpl();
					count.taskCandidateGroup(UNIT_A).taskNameLike("%" + run + "%");
					count.executeCount(context);
					grantFree(connection, run);
				}
				return Map.of("checking grants", preparedOnServer(connection, "%PERMS_ &%"),
						"without grants", preparedOnServer(connection, "%join_test_control%"));
			});
			assertThat(prepared).containsEntry("checking grants", 0L).containsEntry("without grants", 1L);
		}
		finally {
			engine.getIdentityService().clearAuthentication();
		}
	}

	@Test
	void a_unit_sees_its_own_candidate_tasks_and_no_other_units() {
		assertThat(candidateGroupsSeenBy("join-test-nurse-a", UNIT_A)).containsExactly(UNIT_A, UNIT_A);
		assertThat(candidateGroupsSeenBy("join-test-nurse-b", UNIT_B)).containsExactly(UNIT_B);
		assertThat(candidateGroupsSeenBy("join-test-outsider", "join-test-unit-c")).isEmpty();
	}

	@Test
	void a_grant_on_the_process_definitions_key_shows_all_its_tasks() {
		Authorization readTasks = engine.getAuthorizationService().createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
		readTasks.setGroupId("join-test-readers");
		readTasks.setResource(Resources.PROCESS_DEFINITION);
		readTasks.setResourceId(PROCESS);
		readTasks.addPermission(Permissions.READ_TASK);
		engine.getAuthorizationService().saveAuthorization(readTasks);

		assertThat(candidateGroupsSeenBy("join-test-reader", "join-test-readers")).containsExactly(UNIT_A, UNIT_A, UNIT_B);
	}

	@Test
	void a_grant_on_any_task_shows_all_tasks() {
		Authorization readAll = engine.getAuthorizationService().createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
		readAll.setUserId("join-test-reads-all");
		readAll.setResource(Resources.TASK);
		readAll.setResourceId(Authorization.ANY);
		readAll.addPermission(TaskPermissions.READ);
		engine.getAuthorizationService().saveAuthorization(readAll);

		assertThat(candidateGroupsSeenBy("join-test-reads-all", "join-test-unit-c")).containsExactly(UNIT_A, UNIT_A, UNIT_B);
	}

	/** A statement of the same connection that checks no grants, run as often: the control. */
	private static void grantFree(Connection connection, int run) {
		try (PreparedStatement control = connection.prepareStatement("select ? as join_test_control")) {
			control.setInt(1, run);
			control.executeQuery().close();
		}
		catch (SQLException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static long preparedOnServer(Connection connection, String statementLike) {
		try (PreparedStatement query = connection.prepareStatement(
				"select count(*) from pg_prepared_statements where statement like ?")) {
			query.setString(1, statementLike);
			try (ResultSet count = query.executeQuery()) {
				count.next();
				return count.getLong(1);
			}
		}
		catch (SQLException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** The candidate group of each task of the test's process the user sees, counted and listed as Tasklist does. */
	private List<String> candidateGroupsSeenBy(String userId, String groupId) {
		IdentityService identity = engine.getIdentityService();
		identity.setAuthentication(userId, List.of(groupId));
		try {
			TaskQuery query = engine.getTaskService().createTaskQuery().processDefinitionKey(PROCESS);
			List<Task> tasks = query.orderByTaskCreateTime().asc().orderByTaskId().asc().list();
			assertThat(query.count()).isEqualTo(tasks.size());
			identity.clearAuthentication();
			return tasks.stream().map(task -> engine.getTaskService().getIdentityLinksForTask(task.getId()).get(0).getGroupId())
				.sorted().toList();
		}
		finally {
			identity.clearAuthentication();
		}
	}

}
