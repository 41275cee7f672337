package se.vardflode.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import se.vardflode.PostgresTest;

/**
 * On PostgreSQL the engine reads the groups that hold an authorization through the index on GROUP_ID_ (one probe per
 * group) instead of a scan of every task grant; the answer is the engine's own statement's.
 */
@PostgresTest
class AuthorizedGroupIdsOnPostgresTest {

	@Autowired
	ProcessEngine engine;
	@Autowired
	JdbcTemplate jdbc;

	@Test
	void the_authorized_groups_are_those_of_the_engines_own_statement() {
		ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
		assertThat(configuration.getDbSqlSessionFactory().mapStatement(GrantsOnlyAuthorizationPlugin.AUTHORIZED_GROUP_IDS))
			.isEqualTo(GrantsOnlyAuthorizationPlugin.AUTHORIZED_GROUP_IDS_BY_INDEX);

		List<String> byIndex = configuration.getCommandExecutorTxRequired().execute((Command<List<String>>) context -> context
			.getDbEntityManager().selectList(GrantsOnlyAuthorizationPlugin.AUTHORIZED_GROUP_IDS));

		Set<String> engineStatement = new HashSet<>(jdbc.queryForList(
				"select distinct group_id_ from act_ru_authorization where group_id_ is not null", String.class));
		assertThat(engineStatement).contains("um-gavle", "camunda-admin");
		assertThat(byIndex).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(engineStatement);
	}

}
