package se.vardflode.engine;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.IdGenerator;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.db.DbEntity;
import org.camunda.bpm.engine.impl.db.PersistenceSession;
import org.camunda.bpm.engine.impl.db.entitymanager.DbEntityManager;
import org.camunda.bpm.engine.impl.interceptor.Session;
import org.camunda.bpm.engine.impl.interceptor.SessionFactory;
import org.springframework.stereotype.Component;

/**
 * The engine's check of each new row's id, without writing the row out as text first.
 * <p>
 * Before every insert, Camunda 7.24's {@link DbEntityManager} checks that the entity has an id and that the id is
 * not {@code *}, and builds that check's error message before it checks: {@code "Entity " + entity + " has an invalid
 * id"}, the entity's whole {@code toString} (every field of a history event, a variable, a job), for every row,
 * whether the id is valid or not. In the benchmark's reminders that was 7 % of the job executor's CPU, in its
 * enrollments 3 % of the request threads' (JFR). Here the engine's own check runs only for an id it would refuse, so
 * a refused id fails exactly as before, with the engine's message.
 */
@Component
class IdCheckedWithoutRenderingPlugin extends AbstractProcessEnginePlugin {

	@Override
	public void preInit(ProcessEngineConfigurationImpl configuration) {
		List<SessionFactory> factories = configuration.getCustomSessionFactories() == null ? new ArrayList<>()
				: new ArrayList<>(configuration.getCustomSessionFactories());
		factories.add(new EntityManagerFactory(configuration));
		configuration.setCustomSessionFactories(factories);
	}

	/** Opens the engine's entity manager as {@link IdCheckedEntityManager}; the id generator is made after preInit. */
	private record EntityManagerFactory(ProcessEngineConfigurationImpl configuration) implements SessionFactory {

		@Override
		public Class<?> getSessionType() {
			return DbEntityManager.class;
		}

		@Override
		public Session openSession() {
			PersistenceSession persistence = Context.getCommandContext().getSession(PersistenceSession.class);
			return new IdCheckedEntityManager(configuration.getIdGenerator(), persistence);
		}

	}

	static final class IdCheckedEntityManager extends DbEntityManager {

		IdCheckedEntityManager(IdGenerator idGenerator, PersistenceSession persistenceSession) {
			super(idGenerator, persistenceSession);
		}

		@Override
		protected void validateId(DbEntity entity) {
			String id = entity.getId();
			if (id == null || Authorization.ANY.equals(id)) {
				super.validateId(entity);
			}
		}

	}

}
