package se.vardflode.governance;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.batch.Batch;
import org.camunda.bpm.engine.migration.MigratingProcessInstanceValidationException;
import org.camunda.bpm.engine.migration.MigratingProcessInstanceValidationReport;
import org.camunda.bpm.engine.migration.MigrationInstructionValidationReport;
import org.camunda.bpm.engine.migration.MigrationPlan;
import org.camunda.bpm.engine.migration.MigrationPlanBuilder;
import org.camunda.bpm.engine.migration.MigrationPlanValidationException;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.server.ResponseStatusException;

import se.vardflode.governance.MigrationReport.Refusal;
import se.vardflode.governance.MigrationReport.SourceVersion;

/**
 * Moves running instances to a newer process version with Camunda's migration API, which Community Cockpit has no
 * screen for. Activities with equal ids are mapped, renamed ones as the request says; timers and variables keep
 * their values (event triggers are not recomputed). Instances that cannot move are found first, in a transaction
 * that is rolled back, and are left where they are; the rest move in a batch that Cockpit shows.
 */
@Service
class InstanceMigrations {

	private final RepositoryService repositoryService;
	private final RuntimeService runtimeService;
	private final TransactionTemplate transactions;

	InstanceMigrations(RepositoryService repositoryService, RuntimeService runtimeService, TransactionTemplate transactions) {
		this.repositoryService = repositoryService;
		this.runtimeService = runtimeService;
		this.transactions = transactions;
	}

	MigrationReport migrate(MigrationRequest request) {
		ProcessDefinition target = target(request);
		List<SourceVersion> sources = new ArrayList<>();
		for (ProcessDefinition source : sources(request, target)) {
			sources.add(migrate(source, target, request));
		}
		return new MigrationReport(request.processDefinitionKey(), target.getVersion(), request.dryRun(), sources);
	}

	private SourceVersion migrate(ProcessDefinition source, ProcessDefinition target, MigrationRequest request) {
		MigrationPlan plan;
		try {
			plan = plan(source, target, request);
		}
		catch (MigrationPlanValidationException ex) {
			List<String> errors = ex.getValidationReport().getInstructionReports().stream().map(InstanceMigrations::describe).toList();
			return new SourceVersion(source.getVersion(), runtimeService.createProcessInstanceQuery()
				.processDefinitionId(source.getId()).count(), 0, errors, List.of(), null);
		}
		List<String> running = runtimeService.createProcessInstanceQuery().processDefinitionId(source.getId()).list().stream()
			.map(ProcessInstance::getId).toList();
		List<Refusal> refusals = validateInstances(plan, running);
		Set<String> refused = new HashSet<>(refusals.stream().map(Refusal::processInstanceId).toList());
		List<String> movable = running.stream().filter(id -> !refused.contains(id)).toList();
		String batchId = null;
		if (!request.dryRun() && !movable.isEmpty()) {
			Batch batch = runtimeService.newMigration(plan).processInstanceIds(movable).executeAsync();
			batchId = batch.getId();
		}
		return new SourceVersion(source.getVersion(), running.size(), movable.size(), List.of(), refusals, batchId);
	}

	private MigrationPlan plan(ProcessDefinition source, ProcessDefinition target, MigrationRequest request) {
		BpmnModelInstance sourceModel = repositoryService.getBpmnModelInstance(source.getId());
		BpmnModelInstance targetModel = repositoryService.getBpmnModelInstance(target.getId());
		MigrationPlanBuilder builder = runtimeService.createMigrationPlan(source.getId(), target.getId()).mapEqualActivities();
		for (MigrationRequest.ActivityMapping mapping : request.mappings()) {
			// a mapping names a rename between two particular versions; older versions may not have the activity
			if (sourceModel.getModelElementById(mapping.from()) instanceof FlowNode
					&& targetModel.getModelElementById(mapping.to()) instanceof FlowNode) {
				builder.mapActivities(mapping.from(), mapping.to());
			}
		}
		return builder.build();
	}

	/**
	 * Migrates each instance without committing: the engine validates it against the plan and names what stops it.
	 * One instance per call, because a call stops at the first instance that cannot move.
	 */
	private List<Refusal> validateInstances(MigrationPlan plan, List<String> instanceIds) {
		List<Refusal> refusals = new ArrayList<>();
		transactions.executeWithoutResult(status -> {
			for (String instanceId : instanceIds) {
				try {
					runtimeService.newMigration(plan).processInstanceIds(instanceId).execute();
				}
				catch (MigratingProcessInstanceValidationException ex) {
					refusals.add(new Refusal(instanceId, reasons(ex.getValidationReport())));
				}
			}
			status.setRollbackOnly();
		});
		return refusals;
	}

	private ProcessDefinition target(MigrationRequest request) {
		var query = repositoryService.createProcessDefinitionQuery().processDefinitionKey(request.processDefinitionKey());
		ProcessDefinition target = request.targetVersion() == null ? query.latestVersion().singleResult()
				: query.processDefinitionVersion(request.targetVersion()).singleResult();
		if (target == null) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND, "Processen " + request.processDefinitionKey()
					+ (request.targetVersion() == null ? "" : " version " + request.targetVersion()) + " finns inte");
		}
		return target;
	}

	private List<ProcessDefinition> sources(MigrationRequest request, ProcessDefinition target) {
		if (request.sourceVersion() != null && request.sourceVersion() >= target.getVersion()) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST,
					"Källversionen " + request.sourceVersion() + " måste vara äldre än målversionen " + target.getVersion());
		}
		List<ProcessDefinition> sources = repositoryService.createProcessDefinitionQuery()
			.processDefinitionKey(request.processDefinitionKey()).orderByProcessDefinitionVersion().asc().list().stream()
			.filter(definition -> definition.getVersion() < target.getVersion())
			.filter(definition -> request.sourceVersion() == null || definition.getVersion() == request.sourceVersion())
			.toList();
		if (sources.isEmpty()) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND, "Det finns ingen äldre version av " + request.processDefinitionKey()
					+ (request.sourceVersion() == null ? "" : " med nummer " + request.sourceVersion()));
		}
		return sources;
	}

	private static List<String> reasons(MigratingProcessInstanceValidationReport report) {
		List<String> reasons = new ArrayList<>(report.getFailures());
		report.getActivityInstanceReports().forEach(activity -> activity.getFailures()
			.forEach(failure -> reasons.add(activity.getSourceScopeId() + ": " + failure)));
		report.getTransitionInstanceReports().forEach(transition -> transition.getFailures()
			.forEach(failure -> reasons.add(transition.getSourceScopeId() + ": " + failure)));
		return reasons;
	}

	private static String describe(MigrationInstructionValidationReport report) {
		return report.getMigrationInstruction().getSourceActivityId() + " → " + report.getMigrationInstruction().getTargetActivityId()
				+ ": " + String.join("; ", report.getFailures());
	}

}
