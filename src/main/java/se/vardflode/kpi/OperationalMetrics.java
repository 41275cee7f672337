package se.vardflode.kpi;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.repository.ProcessDefinition;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;

import org.springframework.stereotype.Component;

import se.vardflode.identity.CareUnit;
import se.vardflode.identity.CareUnits;

/**
 * What operations watch at {@code /actuator/prometheus} (process owner only): instances started and completed per
 * process, open tasks per unit, the job executor's backlog and failures, open incidents. Each value is read from the
 * engine when scraped, so it cannot drift; mail counters come from the mail sender itself.
 */
@Component
class OperationalMetrics implements MeterBinder {

	private final RepositoryService repositoryService;
	private final HistoryService historyService;
	private final RuntimeService runtimeService;
	private final TaskService taskService;
	private final ManagementService managementService;
	private final CareUnits careUnits;

	OperationalMetrics(RepositoryService repositoryService, HistoryService historyService, RuntimeService runtimeService,
			TaskService taskService, ManagementService managementService, CareUnits careUnits) {
		this.repositoryService = repositoryService;
		this.historyService = historyService;
		this.runtimeService = runtimeService;
		this.taskService = taskService;
		this.managementService = managementService;
		this.careUnits = careUnits;
	}

	@Override
	public void bindTo(MeterRegistry registry) {
		for (ProcessDefinition definition : repositoryService.createProcessDefinitionQuery().latestVersion().list()) {
			String key = definition.getKey();
			Gauge.builder("vardflode.process.instances.started", () -> historyService.createHistoricProcessInstanceQuery()
				.processDefinitionKey(key).count()).tag("processKey", key).description("Process instances ever started").register(registry);
			Gauge.builder("vardflode.process.instances.completed", () -> historyService.createHistoricProcessInstanceQuery()
				.processDefinitionKey(key).completed().count()).tag("processKey", key).description("Process instances completed").register(registry);
			Gauge.builder("vardflode.process.instances.running", () -> runtimeService.createProcessInstanceQuery()
				.processDefinitionKey(key).count()).tag("processKey", key).description("Process instances running").register(registry);
		}
		for (CareUnit unit : careUnits.units()) {
			Gauge.builder("vardflode.tasks.open", () -> taskService.createTaskQuery().taskCandidateGroup(unit.id()).count())
				.tag("candidateGroup", unit.id()).description("Open tasks a unit's staff may work").register(registry);
		}
		Gauge.builder("vardflode.jobs.due", () -> managementService.createJobQuery().executable().count())
			.description("Jobs due and waiting for the job executor (its backlog)").register(registry);
		Gauge.builder("vardflode.jobs.failed", () -> managementService.createJobQuery().withException().count())
			.description("Jobs whose last attempt failed").register(registry);
		Gauge.builder("vardflode.incidents.open", () -> runtimeService.createIncidentQuery().count())
			.description("Open incidents, shown in Cockpit").register(registry);
	}

}
