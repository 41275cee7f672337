package se.vardflode.forms;

import java.util.List;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.stereotype.Component;

import se.vardflode.forms.GuardedCommands.GuardedFormService;
import se.vardflode.forms.GuardedCommands.GuardedTaskService;

/**
 * Installs the task guard in the engine before it is built, so that the engine, its REST API, the webapps and every
 * Spring bean get it: task and form services whose commands say how a task ends and to whom it is handed, every
 * {@link TaskGuard} first among the engine's command checkers, the completion check ({@link TaskEndingChecker}, with
 * every {@link TaskRule}) last, and refused submissions logged as the caller's mistake ({@link RefusalLogging}).
 */
@Component
class TaskGuardPlugin extends AbstractProcessEnginePlugin {

	private final List<TaskGuard> guards;
	private final List<TaskRule> rules;

	TaskGuardPlugin(List<TaskGuard> guards, List<TaskRule> rules) {
		this.guards = List.copyOf(guards);
		this.rules = List.copyOf(rules);
	}

	@Override
	public void preInit(ProcessEngineConfigurationImpl configuration) {
		configuration.setTaskService(new GuardedTaskService());
		configuration.setFormService(new GuardedFormService());
		RefusalLogging commandContexts = new RefusalLogging();
		commandContexts.setProcessEngineConfiguration(configuration);
		configuration.setCommandContextFactory(commandContexts);
	}

	@Override
	public void postInit(ProcessEngineConfigurationImpl configuration) {
		// the engine has created its tenant and authorization checkers by now
		configuration.getCommandCheckers().add(0, new TaskGuardChecker(guards));
		configuration.getCommandCheckers().add(new TaskEndingChecker(rules));
	}

}
