package se.vardflode.taskcontext;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

import se.vardflode.identity.CareUnits;
import se.vardflode.patient.CasePatients;

/**
 * Gives every user task of every model the {@link TaskContextListener} for its process, as the engine parses the
 * model (at start and at every deployment): no model has to name it, and a task a process owner adds gets it too.
 * It is added as the task's last create and complete listener; an instance started or modified with custom listeners
 * skipped creates its tasks without a context.
 */
@Component
class TaskContextPlugin extends AbstractProcessEnginePlugin {

	private final ObjectProvider<TaskContextSource> sources;
	private final ObjectProvider<CasePatients> casePatients;
	private final ObjectProvider<CareUnits> careUnits;
	private volatile Map<String, TaskContextSource> byProcessKey;

	/** Providers: the engine is built before the pathways' beans, which use it. */
	TaskContextPlugin(ObjectProvider<TaskContextSource> sources, ObjectProvider<CasePatients> casePatients,
			ObjectProvider<CareUnits> careUnits) {
		this.sources = sources;
		this.casePatients = casePatients;
		this.careUnits = careUnits;
	}

	@Override
	public void preInit(ProcessEngineConfigurationImpl configuration) {
		List<BpmnParseListener> parseListeners = new ArrayList<>();
		if (configuration.getCustomPostBPMNParseListeners() != null) {
			parseListeners.addAll(configuration.getCustomPostBPMNParseListeners());
		}
		TaskContextListener.TaskContextSources lookup = new TaskContextListener.TaskContextSources() {

			@Override
			public Optional<TaskContextSource> find(String processKey) {
				return Optional.ofNullable(sourcesByProcessKey().get(processKey));
			}

			@Override
			public CasePatients casePatients() {
				return casePatients.getObject();
			}

			@Override
			public CareUnits careUnits() {
				return careUnits.getObject();
			}

		};
		parseListeners.add(new AbstractBpmnParseListener() {

			@Override
			public void parseUserTask(Element userTaskElement, ScopeImpl scope, ActivityImpl activity) {
				if (activity.getActivityBehavior() instanceof UserTaskActivityBehavior userTask) {
					TaskContextListener listener = new TaskContextListener(((ProcessDefinitionEntity) scope.getProcessDefinition()).getKey(), lookup);
					userTask.getTaskDefinition().addTaskListener(TaskListener.EVENTNAME_CREATE, listener);
					userTask.getTaskDefinition().addTaskListener(TaskListener.EVENTNAME_COMPLETE, listener);
				}
			}

		});
		configuration.setCustomPostBPMNParseListeners(parseListeners);
	}

	private Map<String, TaskContextSource> sourcesByProcessKey() {
		Map<String, TaskContextSource> known = byProcessKey;
		if (known == null) {
			known = sources.orderedStream().collect(Collectors.toUnmodifiableMap(TaskContextSource::processKey, Function.identity()));
			byProcessKey = known;
		}
		return known;
	}

}
