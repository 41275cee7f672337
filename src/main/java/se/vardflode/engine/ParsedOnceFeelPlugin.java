package se.vardflode.engine;

import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.dmn.engine.impl.DefaultDmnEngineConfiguration;
import org.camunda.bpm.dmn.feel.impl.FeelEngine;
import org.camunda.bpm.dmn.feel.impl.FeelEngineFactory;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.stereotype.Component;

/**
 * The engine's decision tables evaluate their FEEL with {@link ParsedOnceFeelEngine} (each expression parsed once), in
 * every profile. The engine's legacy FEEL (Java, with its own cache) is not an alternative: it knows a subset of FEEL
 * and changes how output entries are read, so tables that run today could behave differently.
 */
@Component
class ParsedOnceFeelPlugin extends AbstractProcessEnginePlugin {

	@Override
	public void preInit(ProcessEngineConfigurationImpl configuration) {
		DefaultDmnEngineConfiguration dmn = configuration.getDmnEngineConfiguration() != null
				? configuration.getDmnEngineConfiguration()
				: (DefaultDmnEngineConfiguration) DmnEngineConfiguration.createDefaultDmnEngineConfiguration();
		// created when the engine builds its DMN engine, with the custom functions it has been given by then
		dmn.setFeelEngineFactory(new FeelEngineFactory() {
			@Override
			public FeelEngine createInstance() {
				return new ParsedOnceFeelEngine(dmn.getFeelCustomFunctionProviders());
			}
		});
		configuration.setDmnEngineConfiguration(dmn);
	}

}
