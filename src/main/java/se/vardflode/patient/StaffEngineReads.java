package se.vardflode.patient;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.camunda.bpm.engine.externaltask.ExternalTask;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.impl.cfg.TransactionState;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.db.entitymanager.DbEntityManager;
import org.camunda.bpm.engine.impl.db.entitymanager.cache.CachedDbEntity;
import org.camunda.bpm.engine.impl.history.event.HistoryEvent;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandContextListener;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.impl.interceptor.CommandInvocationContext;
import org.camunda.bpm.engine.runtime.Execution;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.VariableInstance;
import org.camunda.bpm.engine.task.Attachment;
import org.camunda.bpm.engine.task.Comment;
import org.camunda.bpm.engine.task.Task;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import se.vardflode.kernel.CareTime;
import se.vardflode.kernel.Personnummer;

/**
 * PDL in the engine: when a command that a staff member ran (Tasklist, Cockpit, {@code /engine-rest}: the engine's
 * authenticated user) closes, every patient whose data it loaded gets one row in the access log, in the command's
 * transaction, before it commits: a read that cannot be logged is not answered.
 *
 * <p>What the command loaded is what the engine's entity cache holds when it closes: every task, execution,
 * variable, history entry, comment, attachment, incident and job any query or lookup of the command read, whichever
 * service method, REST resource or webapp asked. The cache is how the engine itself tracks what a command read, so
 * no read path passes by it; which patient an entity belongs to comes from its process instance
 * ({@link ProcessPatients}, one lookup for all of them). Commands without an authenticated user are the application's
 * own (the patient API, which logs its own reads; jobs and their delegates; KPIs) and are not logged here.
 *
 * <p>One HTTP request is one access: Camunda's REST resources often run several commands for one answer (a task, then
 * its form), so a patient already logged for the request (and committed) is not logged again for it. Tasklist's own
 * list, which it reloads every ten seconds, logs a patient again only after {@link AccessLogSettings}' window.
 */
class StaffEngineReads implements CommandContextListener {

	private static final String REQUEST_ATTRIBUTE = StaffEngineReads.class.getName() + ".access";

	/** Tasklist's lists: the filter's list it reloads every ten seconds while it is open. */
	private static final Set<String> TASKLIST_LISTS = Set.of("ExecuteFilterList", "ExecuteFilterListPage");

	private final ProcessPatients processPatients;
	private final PatientAuditLog auditLog;
	private final Duration tasklistRefreshWindow;

	StaffEngineReads(ProcessPatients processPatients, PatientAuditLog auditLog, Duration tasklistRefreshWindow) {
		this.processPatients = processPatients;
		this.auditLog = auditLog;
		this.tasklistRefreshWindow = tasklistRefreshWindow;
	}

	/** Puts the listener on every command context; the context registers it once however many commands it runs. */
	CommandInterceptor interceptor() {
		return new CommandInterceptor() {

			@Override
			public <T> T execute(Command<T> command) {
				Context.getCommandContext().registerCommandContextListener(StaffEngineReads.this);
				return next.execute(command);
			}

		};
	}

	@Override
	public void onCommandContextClose(CommandContext context) {
		String staff = context.getAuthenticatedUserId();
		if (staff == null || !(context.getSessions().get(DbEntityManager.class) instanceof DbEntityManager entities)) {
			return;
		}
		Map<String, Set<String>> tasksByInstance = loadedProcessInstances(entities.getDbEntityCache().getCachedEntities());
		if (tasksByInstance.isEmpty()) {
			return;
		}
		RequestAccess request = RequestAccess.current(staff);
		Map<Personnummer, Set<String>> tasksByPatient = new LinkedHashMap<>();
		request.patientsOf(tasksByInstance.keySet(), processPatients).forEach((instance, patient) -> {
			if (!request.logged.contains(patient)) {
				tasksByPatient.computeIfAbsent(patient, p -> new HashSet<>()).addAll(tasksByInstance.get(instance));
			}
		});
		String what = what();
		if (TASKLIST_LISTS.contains(what) && request.path != null && !tasklistRefreshWindow.isZero() && !tasksByPatient.isEmpty()) {
			Instant since = CareTime.now().minus(tasklistRefreshWindow);
			Set<Personnummer> shownRecently = auditLog.loggedSince(staff, what, request.path, tasksByPatient.keySet(), since);
			tasksByPatient.keySet().removeAll(shownRecently);
			// the list's later commands in the same request (the task-list variables of its tasks) read the same
			// patients: the row written for the list a moment ago covers them too
			request.logged.addAll(shownRecently);
		}
		if (tasksByPatient.isEmpty()) {
			return;
		}
		List<PatientAuditLog.StaffAccess> accesses = new ArrayList<>();
		// one task of the patient: name it; a list of several is named by the path
		tasksByPatient.forEach((patient, tasks) -> accesses.add(new PatientAuditLog.StaffAccess(patient, tasks.size() == 1 ? tasks.iterator().next() : null)));
		auditLog.staffAccess(staff, accesses, what, request.path);
		context.getTransactionContext().addTransactionListener(TransactionState.COMMITTED,
				committed -> request.logged.addAll(tasksByPatient.keySet()));
	}

	@Override
	public void onCommandFailed(CommandContext context, Throwable failure) {
		// a failed command answered nothing, and its transaction (with any row written for it) is rolled back
	}

	/** The process instances of the loaded entities that can hold a patient's data, each with its loaded tasks. */
	private static Map<String, Set<String>> loadedProcessInstances(List<CachedDbEntity> cached) {
		Map<String, Set<String>> tasksByInstance = new HashMap<>();
		for (CachedDbEntity entry : cached) {
			Object entity = entry.getEntity();
			String instance = processInstanceOf(entity);
			if (instance != null) {
				Set<String> tasks = tasksByInstance.computeIfAbsent(instance, id -> new HashSet<>());
				if (entity instanceof Task task) {
					tasks.add(task.getId());
				}
				else if (entity instanceof HistoricTaskInstance task) {
					tasks.add(task.getId());
				}
			}
		}
		return tasksByInstance;
	}

	private static String processInstanceOf(Object entity) {
		if (entity instanceof Task task) {
			return task.getProcessInstanceId();
		}
		if (entity instanceof Execution execution) {
			return execution.getProcessInstanceId();
		}
		if (entity instanceof VariableInstance variable) {
			return variable.getProcessInstanceId();
		}
		if (entity instanceof HistoricVariableInstance variable) {
			return variable.getProcessInstanceId() != null ? variable.getProcessInstanceId() : variable.getRootProcessInstanceId();
		}
		// every other history entry: task and activity instances, variable details, decisions, the operation log
		if (entity instanceof HistoryEvent event) {
			return event.getProcessInstanceId() != null ? event.getProcessInstanceId() : event.getRootProcessInstanceId();
		}
		if (entity instanceof Comment comment) {
			return comment.getProcessInstanceId();
		}
		if (entity instanceof Attachment attachment) {
			return attachment.getProcessInstanceId();
		}
		// incidents, jobs and external tasks carry their failure's message, which may quote the patient's data
		if (entity instanceof Incident incident) {
			return incident.getProcessInstanceId();
		}
		if (entity instanceof Job job) {
			return job.getProcessInstanceId();
		}
		if (entity instanceof ExternalTask externalTask) {
			return externalTask.getProcessInstanceId();
		}
		return null;
	}

	/** The engine command the staff member's call ran, e.g. {@code TaskQuery} or {@code GetTaskVariables}. */
	private static String what() {
		CommandInvocationContext invocation = Context.getCommandInvocationContext();
		String name = invocation == null ? "" : invocation.getCommand().getClass().getName();
		name = name.substring(name.lastIndexOf('.') + 1);
		int inner = name.indexOf('$');
		if (inner > 0) {
			// a lambda or anonymous command: the service that ran it
			name = name.substring(0, inner);
		}
		return name.replaceFirst("(Impl|Cmd)$", "");
	}

	/**
	 * What one HTTP request has read so far, for one staff member: the patients already logged for it and the
	 * patients of the instances already looked up (a task list is followed by its variables, of the same instances).
	 * Outside an HTTP request (the Java API) every command is an access of its own.
	 */
	private static final class RequestAccess {

		final String path;
		final Set<Personnummer> logged = new HashSet<>();
		final Map<String, Personnummer> patientOfInstance = new HashMap<>();
		final Set<String> instancesWithoutPatient = new HashSet<>();

		private RequestAccess(String path) {
			this.path = path;
		}

		static RequestAccess current(String staff) {
			if (!(RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes)) {
				return new RequestAccess(null);
			}
			String key = REQUEST_ATTRIBUTE + "." + staff;
			if (attributes.getAttribute(key, RequestAttributes.SCOPE_REQUEST) instanceof RequestAccess access) {
				return access;
			}
			RequestAccess access = new RequestAccess(PatientAuditLog.currentPath());
			attributes.setAttribute(key, access, RequestAttributes.SCOPE_REQUEST);
			return access;
		}

		Map<String, Personnummer> patientsOf(Set<String> instances, ProcessPatients processPatients) {
			Set<String> unknown = new HashSet<>(instances);
			unknown.removeAll(patientOfInstance.keySet());
			unknown.removeAll(instancesWithoutPatient);
			if (!unknown.isEmpty()) {
				Map<String, Personnummer> found = processPatients.patientsOf(unknown);
				patientOfInstance.putAll(found);
				unknown.removeAll(found.keySet());
				instancesWithoutPatient.addAll(unknown);
			}
			Map<String, Personnummer> patients = new HashMap<>();
			for (String instance : instances) {
				Personnummer patient = patientOfInstance.get(instance);
				if (patient != null) {
					patients.put(instance, patient);
				}
			}
			return patients;
		}

	}

}
