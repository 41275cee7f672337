package se.vardflode.taskcontext;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.variable.value.TypedValue;

import se.vardflode.identity.CareUnits;
import se.vardflode.patient.CasePatients;

/**
 * On a staff task's creation, writes its task context, after the model's own create listeners (which may set the due
 * date, as the PST assessment's does); on its completion, adds what the pathway records to the case's history. One per
 * user task of a process; a task without candidate groups is a patient's (or nobody's) and is left alone.
 */
class TaskContextListener implements TaskListener {

	private final String processKey;
	private final TaskContextSources sources;

	TaskContextListener(String processKey, TaskContextSources sources) {
		this.processKey = processKey;
		this.sources = sources;
	}

	@Override
	public void notify(DelegateTask task) {
		if (task.getCandidates().isEmpty()) {
			return;
		}
		if (EVENTNAME_COMPLETE.equals(task.getEventName())) {
			recordCompletion(task);
		}
		else {
			writeContext(task);
		}
	}

	private void writeContext(DelegateTask task) {
		TaskContext context = new TaskContext();
		sources.find(processKey).ifPresent(source -> source.describe(new CaseTask(task), context));
		CareUnits units = sources.careUnits();
		LocalDate today = ClockUtil.getCurrentTime().toInstant().atZone(TaskContext.SWEDEN).toLocalDate();
		Map<String, TypedValue> variables = TaskContextVariables.of(context, StoredCaseHistory.read(task.getExecution().getProcessInstance()),
				sources.casePatients().of(task.getExecution()), task.getDueDate(), unitId -> unitName(units, unitId), today);
		task.setVariablesLocal(variables);
	}

	private void recordCompletion(DelegateTask task) {
		Optional<TaskContextSource> source = sources.find(processKey);
		if (source.isEmpty()) {
			return;
		}
		CaseHistory history = new CaseHistory();
		source.get().completed(new CaseTask(task), history);
		if (history.entries().isEmpty()) {
			return;
		}
		List<String> groups = new ArrayList<>();
		task.getCandidates().stream().filter(link -> link.getGroupId() != null).forEach(link -> groups.add(link.getGroupId()));
		String unit = groups.isEmpty() ? null : unitName(sources.careUnits(), groups.get(0));
		String by = Context.getCommandContext() == null ? null : Context.getCommandContext().getAuthenticatedUserId();
		StoredCaseHistory.append(task.getExecution().getProcessInstance(), history, ClockUtil.getCurrentTime().toInstant(), unit, by);
	}

	private static String unitName(CareUnits units, String unitId) {
		return units.find(unitId).map(unit -> unit.name()).orElse(unitId);
	}

	/** What the listeners need from the application, looked up when the first task is created (the engine comes first). */
	interface TaskContextSources {

		Optional<TaskContextSource> find(String processKey);

		CasePatients casePatients();

		CareUnits careUnits();

	}

}
