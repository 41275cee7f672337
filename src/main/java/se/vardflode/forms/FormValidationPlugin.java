package se.vardflode.forms;

import java.util.List;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.stereotype.Component;

import se.vardflode.forms.ValidatingServices.ValidatingFormService;
import se.vardflode.forms.ValidatingServices.ValidatingTaskService;

/**
 * Installs the validating task and form services before the engine is built, so that the engine, its REST API, the
 * webapps and every Spring bean get them, with every {@link TaskCompletionGuard} bean.
 */
@Component
class FormValidationPlugin extends AbstractProcessEnginePlugin {

	private final List<TaskCompletionGuard> guards;

	FormValidationPlugin(List<TaskCompletionGuard> guards) {
		this.guards = List.copyOf(guards);
	}

	@Override
	public void preInit(ProcessEngineConfigurationImpl configuration) {
		configuration.setTaskService(new ValidatingTaskService(guards));
		configuration.setFormService(new ValidatingFormService(guards));
	}

}
