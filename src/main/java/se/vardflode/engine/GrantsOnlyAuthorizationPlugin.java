package se.vardflode.engine;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.ibatis.builder.xml.XMLMapperBuilder;
import org.apache.ibatis.session.Configuration;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.Session;
import org.camunda.bpm.engine.impl.interceptor.SessionFactory;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationManager;
import org.springframework.stereotype.Component;

/**
 * Authorization checks that read grants only, in every profile.
 * <p>
 * Vårdflöde never creates a REVOKE authorization: provisioning, the demo seeder and the engine's default
 * authorization provider (task candidates, new users and groups) create GRANT and GLOBAL rows only. With the engine's
 * default ({@code authorizationCheckRevokes = auto}) every authorized query still first asks the database whether a
 * REVOKE exists and then runs the larger query that would honour one. {@code never} drops both; so that a REVOKE can
 * never silently be ignored, the engine refuses to save one, through every door (Admin, /engine-rest, the Java API):
 * {@link GrantsOnlyAuthorizationManager}.
 * <p>
 * On PostgreSQL the engine's read of the groups that hold any authorization ({@code selectAuthorizedGroupIds}, once per
 * authorized command, a {@code SELECT DISTINCT GROUP_ID_} over the whole table, which holds one grant per open task)
 * is replaced by the same question answered through the engine's index on GROUP_ID_, one index probe per distinct
 * group (a "loose index scan", which PostgreSQL 16 does not do by itself): {@code AuthorizedGroupIds.xml}.
 */
@Component
class GrantsOnlyAuthorizationPlugin extends AbstractProcessEnginePlugin {

	static final String AUTHORIZED_GROUP_IDS = "selectAuthorizedGroupIds";
	static final String AUTHORIZED_GROUP_IDS_BY_INDEX = "selectAuthorizedGroupIdsByIndex";
	private static final String MAPPER = "se/vardflode/engine/AuthorizedGroupIds.xml";

	@Override
	public void preInit(ProcessEngineConfigurationImpl configuration) {
		configuration.setAuthorizationCheckRevokes(ProcessEngineConfiguration.AUTHORIZATION_CHECK_REVOKE_NEVER);
		List<SessionFactory> factories = configuration.getCustomSessionFactories() == null ? new ArrayList<>()
				: new ArrayList<>(configuration.getCustomSessionFactories());
		factories.add(new GrantsOnlyAuthorizationManagerFactory());
		configuration.setCustomSessionFactories(factories);
	}

	@Override
	public void postInit(ProcessEngineConfigurationImpl configuration) {
		if (!"postgres".equals(configuration.getDatabaseType())) {
			return; // H2 (the embedded default, tests) keeps the engine's statement
		}
		Configuration mybatis = configuration.getSqlSessionFactory().getConfiguration();
		try (InputStream mapper = GrantsOnlyAuthorizationPlugin.class.getClassLoader().getResourceAsStream(MAPPER)) {
			new XMLMapperBuilder(mapper, mybatis, MAPPER, mybatis.getSqlFragments()).parse();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		// the engine's mappings per database are shared by every engine in the JVM: this engine gets its own copy
		Map<String, String> mappings = new HashMap<>(configuration.getDbSqlSessionFactory().getStatementMappings());
		mappings.put(AUTHORIZED_GROUP_IDS, AUTHORIZED_GROUP_IDS_BY_INDEX);
		configuration.getDbSqlSessionFactory().setStatementMappings(mappings);
	}

	/** Opens the engine's authorization manager as {@link GrantsOnlyAuthorizationManager} in every command. */
	private static final class GrantsOnlyAuthorizationManagerFactory implements SessionFactory {

		@Override
		public Class<?> getSessionType() {
			return AuthorizationManager.class;
		}

		@Override
		public Session openSession() {
			return new GrantsOnlyAuthorizationManager();
		}

	}

}
