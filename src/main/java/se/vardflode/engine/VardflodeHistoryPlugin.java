package se.vardflode.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.history.HistoryLevel;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Offers the history level {@value VardflodeHistoryLevel#NAME} ({@link VardflodeHistoryLevel}) to the engine, which
 * runs with it where {@code camunda.bpm.history-level} names it (application.yaml: every profile).
 */
@Component
class VardflodeHistoryPlugin extends AbstractProcessEnginePlugin {

	private final VardflodeHistoryLevel level;

	VardflodeHistoryPlugin(@Value("${vardflode.history.decisions-without-history:}") Set<String> decisionsWithoutHistory,
			@Value("${vardflode.history.start-values-without-detail:}") Set<String> startValuesWithoutDetail) {
		this.level = new VardflodeHistoryLevel(decisionsWithoutHistory, startValuesWithoutDetail);
	}

	@Override
	public void preInit(ProcessEngineConfigurationImpl configuration) {
		List<HistoryLevel> levels = new ArrayList<>();
		if (configuration.getCustomHistoryLevels() != null) {
			levels.addAll(configuration.getCustomHistoryLevels());
		}
		levels.add(level);
		configuration.setCustomHistoryLevels(levels);
	}

}
