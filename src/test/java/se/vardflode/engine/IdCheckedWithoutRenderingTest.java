package se.vardflode.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import se.vardflode.VardflodeTest;
import se.vardflode.engine.IdCheckedWithoutRenderingPlugin.IdCheckedEntityManager;

/**
 * Every command's entity manager checks a new row's id without rendering the row, and refuses what the engine's own
 * check refuses, with the engine's message.
 */
@VardflodeTest
class IdCheckedWithoutRenderingTest {

	@Autowired
	ProcessEngine engine;

	@Test
	void every_command_uses_the_id_checked_entity_manager() {
		ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();

		Object entityManager = configuration.getCommandExecutorTxRequired().execute(CommandContext::getDbEntityManager);

		assertThat(entityManager).isInstanceOf(IdCheckedEntityManager.class);
	}

	@Test
	void a_valid_id_is_checked_without_the_row_as_text() {
		IdCheckedEntityManager entityManager = new IdCheckedEntityManager(null, null);

		assertThatCode(() -> entityManager.validateId(new UnprintableTask("a-valid-id"))).doesNotThrowAnyException();
	}

	@Test
	void a_missing_id_is_refused_with_the_engines_message() {
		IdCheckedEntityManager entityManager = new IdCheckedEntityManager(null, null);
		TaskEntity withoutId = new TaskEntity();

		assertThatThrownBy(() -> entityManager.validateId(withoutId)).isInstanceOf(ProcessEngineException.class)
			.hasMessageContaining("has an invalid id")
			.hasMessageContaining("id is null");
	}

	@Test
	void the_reserved_id_is_refused_through_the_engine() {
		TaskService tasks = engine.getTaskService();
		Task task = tasks.newTask("*");

		assertThatThrownBy(() -> tasks.saveTask(task)).isInstanceOf(ProcessEngineException.class)
			.hasMessageContaining("has an invalid id")
			.hasMessageContaining("reserved");
		assertThat(tasks.createTaskQuery().taskId("*").count()).isZero();
	}

	/** A row whose text would fail the check: the check must not ask for it. */
	private static final class UnprintableTask extends TaskEntity {

		UnprintableTask(String id) {
			setId(id);
		}

		@Override
		public String toString() {
			throw new AssertionError("the row was written out as text");
		}

	}

}
