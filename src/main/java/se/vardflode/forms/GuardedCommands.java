package se.vardflode.forms;

import java.util.Collection;
import java.util.Map;

import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.impl.FormServiceImpl;
import org.camunda.bpm.engine.impl.TaskServiceImpl;
import org.camunda.bpm.engine.impl.cmd.AddUserIdentityLinkCmd;
import org.camunda.bpm.engine.impl.cmd.AssignTaskCmd;
import org.camunda.bpm.engine.impl.cmd.ClaimTaskCmd;
import org.camunda.bpm.engine.impl.cmd.CompleteTaskCmd;
import org.camunda.bpm.engine.impl.cmd.DelegateTaskCmd;
import org.camunda.bpm.engine.impl.cmd.DeleteTaskCmd;
import org.camunda.bpm.engine.impl.cmd.HandleTaskBpmnErrorCmd;
import org.camunda.bpm.engine.impl.cmd.HandleTaskEscalationCmd;
import org.camunda.bpm.engine.impl.cmd.ResolveTaskCmd;
import org.camunda.bpm.engine.impl.cmd.SetTaskOwnerCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitTaskFormCmd;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.variable.VariableMap;

/**
 * The engine's task and form services, issuing the engine's own commands marked with what the checkers need to know
 * and the command cannot tell them: how a task ends and with which variables ({@link TaskEnding}, read by
 * {@link TaskEndingChecker}), and to whom it is handed ({@link TaskHandOver}, read by {@link TaskGuardChecker}). The
 * commands are otherwise unchanged: the checks run where the engine asks its checkers, after it has found the task
 * and before it changes anything. Deleting a task asks the checkers first, so that a refused deletion of a process's
 * task is a 403 for whoever may not touch it and a 400 for everyone else, not the engine's 500.
 */
final class GuardedCommands {

	private GuardedCommands() {
	}

	static class GuardedTaskService extends TaskServiceImpl {

		@Override
		public void setAssignee(String taskId, String userId) {
			commandExecutor.execute(new Assign(taskId, userId));
		}

		@Override
		public void claim(String taskId, String userId) {
			commandExecutor.execute(new Claim(taskId, userId));
		}

		@Override
		public void delegateTask(String taskId, String userId) {
			commandExecutor.execute(new Delegate(taskId, userId));
		}

		@Override
		public void setOwner(String taskId, String userId) {
			commandExecutor.execute(new SetOwner(taskId, userId));
		}

		@Override
		public void addCandidateUser(String taskId, String userId) {
			addUserIdentityLink(taskId, userId, IdentityLinkType.CANDIDATE);
		}

		@Override
		public void addUserIdentityLink(String taskId, String userId, String identityLinkType) {
			commandExecutor.execute(new AddUserLink(taskId, userId, identityLinkType));
		}

		@Override
		public void deleteTask(String taskId) {
			deleteTask(taskId, null, false);
		}

		@Override
		public void deleteTask(String taskId, boolean cascade) {
			deleteTask(taskId, null, cascade);
		}

		@Override
		public void deleteTask(String taskId, String deleteReason) {
			deleteTask(taskId, deleteReason, false);
		}

		private void deleteTask(String taskId, String deleteReason, boolean cascade) {
			commandExecutor.execute(new Delete(taskId, deleteReason, cascade));
		}

		@Override
		public void deleteTasks(Collection<String> taskIds) {
			deleteTasks(taskIds, null, false);
		}

		@Override
		public void deleteTasks(Collection<String> taskIds, boolean cascade) {
			deleteTasks(taskIds, null, cascade);
		}

		@Override
		public void deleteTasks(Collection<String> taskIds, String deleteReason) {
			deleteTasks(taskIds, deleteReason, false);
		}

		private void deleteTasks(Collection<String> taskIds, String deleteReason, boolean cascade) {
			commandExecutor.execute(new Delete(taskIds, deleteReason, cascade));
		}

		@Override
		public void complete(String taskId) {
			complete(taskId, null);
		}

		@Override
		public void complete(String taskId, Map<String, Object> variables) {
			commandExecutor.execute(new Complete(taskId, variables, false, false));
		}

		@Override
		public VariableMap completeWithVariablesInReturn(String taskId, Map<String, Object> variables, boolean deserializeValues) {
			return commandExecutor.execute(new Complete(taskId, variables, true, deserializeValues));
		}

		@Override
		public void resolveTask(String taskId) {
			resolveTask(taskId, null);
		}

		@Override
		public void resolveTask(String taskId, Map<String, Object> variables) {
			commandExecutor.execute(new Resolve(taskId, variables));
		}

		@Override
		public void handleBpmnError(String taskId, String errorCode) {
			handleBpmnError(taskId, errorCode, null, null);
		}

		@Override
		public void handleBpmnError(String taskId, String errorCode, String errorMessage) {
			handleBpmnError(taskId, errorCode, errorMessage, null);
		}

		@Override
		public void handleBpmnError(String taskId, String errorCode, String errorMessage, Map<String, Object> variables) {
			commandExecutor.execute(new BpmnError(taskId, errorCode, errorMessage, variables));
		}

		@Override
		public void handleEscalation(String taskId, String escalationCode) {
			handleEscalation(taskId, escalationCode, null);
		}

		@Override
		public void handleEscalation(String taskId, String escalationCode, Map<String, Object> variables) {
			commandExecutor.execute(new Escalation(taskId, escalationCode, variables));
		}

	}

	static class GuardedFormService extends FormServiceImpl {

		@Override
		public void submitTaskForm(String taskId, Map<String, Object> properties) {
			commandExecutor.execute(new SubmitForm(taskId, properties, false, false));
		}

		@Override
		public VariableMap submitTaskFormWithVariablesInReturn(String taskId, Map<String, Object> properties, boolean deserializeValues) {
			return commandExecutor.execute(new SubmitForm(taskId, properties, true, deserializeValues));
		}

		@Override
		@SuppressWarnings({ "deprecation", "unchecked", "rawtypes" })
		public void submitTaskFormData(String taskId, Map<String, String> properties) {
			submitTaskForm(taskId, (Map) properties);
		}

	}

	static class Complete extends CompleteTaskCmd implements TaskEnding {

		private static final long serialVersionUID = 1L;

		Complete(String taskId, Map<String, Object> variables, boolean returnVariables, boolean deserialize) {
			super(taskId, variables, returnVariables, deserialize);
		}

		@Override
		public Way way() {
			return Way.COMPLETE;
		}

		@Override
		public String code() {
			return null;
		}

		@Override
		public Map<String, Object> variables() {
			return variables;
		}

	}

	static class SubmitForm extends SubmitTaskFormCmd implements TaskEnding {

		private static final long serialVersionUID = 1L;

		SubmitForm(String taskId, Map<String, Object> properties, boolean returnVariables, boolean deserialize) {
			super(taskId, properties, returnVariables, deserialize);
		}

		@Override
		public Way way() {
			return Way.COMPLETE;
		}

		@Override
		public String code() {
			return null;
		}

		@Override
		public Map<String, Object> variables() {
			return properties;
		}

	}

	static class Resolve extends ResolveTaskCmd implements TaskEnding {

		private static final long serialVersionUID = 1L;

		Resolve(String taskId, Map<String, Object> variables) {
			super(taskId, variables);
		}

		@Override
		public Way way() {
			return Way.RESOLVE;
		}

		@Override
		public String code() {
			return null;
		}

		@Override
		public Map<String, Object> variables() {
			return variables;
		}

	}

	static class BpmnError extends HandleTaskBpmnErrorCmd implements TaskEnding {

		private static final long serialVersionUID = 1L;

		BpmnError(String taskId, String errorCode, String errorMessage, Map<String, Object> variables) {
			super(taskId, errorCode, errorMessage, variables);
		}

		@Override
		public Way way() {
			return Way.BPMN_ERROR;
		}

		@Override
		public String code() {
			return errorCode;
		}

		@Override
		public Map<String, Object> variables() {
			return variables;
		}

	}

	static class Escalation extends HandleTaskEscalationCmd implements TaskEnding {

		private static final long serialVersionUID = 1L;

		Escalation(String taskId, String escalationCode, Map<String, Object> variables) {
			super(taskId, escalationCode, variables);
		}

		@Override
		public Way way() {
			return Way.ESCALATION;
		}

		@Override
		public String code() {
			return escalationCode;
		}

		@Override
		public Map<String, Object> variables() {
			return variables;
		}

	}

	static class Assign extends AssignTaskCmd implements TaskHandOver {

		private static final long serialVersionUID = 1L;

		Assign(String taskId, String userId) {
			super(taskId, userId);
		}

		@Override
		public String handedTo() {
			return userId;
		}

	}

	static class SetOwner extends SetTaskOwnerCmd implements TaskHandOver {

		private static final long serialVersionUID = 1L;

		SetOwner(String taskId, String userId) {
			super(taskId, userId);
		}

		@Override
		public String handedTo() {
			return userId;
		}

	}

	static class AddUserLink extends AddUserIdentityLinkCmd implements TaskHandOver {

		private static final long serialVersionUID = 1L;

		AddUserLink(String taskId, String userId, String type) {
			super(taskId, userId, type);
		}

		@Override
		public String handedTo() {
			return userId;
		}

	}

	static class Claim extends ClaimTaskCmd implements TaskHandOver {

		private static final long serialVersionUID = 1L;

		Claim(String taskId, String userId) {
			super(taskId, userId);
		}

		@Override
		public String handedTo() {
			return userId;
		}

	}

	static class Delegate extends DelegateTaskCmd implements TaskHandOver {

		private static final long serialVersionUID = 1L;

		Delegate(String taskId, String userId) {
			super(taskId, userId);
		}

		@Override
		public String handedTo() {
			return userId;
		}

	}

	static class Delete extends DeleteTaskCmd {

		private static final long serialVersionUID = 1L;

		Delete(String taskId, String deleteReason, boolean cascade) {
			super(taskId, deleteReason, cascade);
		}

		Delete(Collection<String> taskIds, String deleteReason, boolean cascade) {
			super(taskIds, deleteReason, cascade);
		}

		@Override
		protected void deleteTask(String taskId, CommandContext commandContext) {
			TaskEntity task = commandContext.getTaskManager().findTaskById(taskId);
			if (task != null) {
				// the guards and the authorization first: the engine would refuse a process's task with a 500 before them
				checkDeleteTask(task, commandContext);
				if (task.getExecutionId() != null) {
					throw new BadUserRequestException("Uppgiften hör till en pågående process och kan inte tas bort; den avslutas i processen.");
				}
			}
			super.deleteTask(taskId, commandContext);
		}

	}

}
