package se.vardflode.forms;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.impl.FormServiceImpl;
import org.camunda.bpm.engine.impl.TaskServiceImpl;
import org.camunda.bpm.engine.impl.cmd.CompleteTaskCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitTaskFormCmd;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.variable.VariableMap;

/**
 * The engine's task and form services with every way to complete a task going through {@link SubmissionCheck}
 * first, in the same command and transaction.
 */
final class ValidatingServices {

	private ValidatingServices() {
	}

	static class ValidatingTaskService extends TaskServiceImpl {

		private final List<TaskCompletionGuard> guards;

		ValidatingTaskService(List<TaskCompletionGuard> guards) {
			this.guards = guards;
		}

		@Override
		public void complete(String taskId) {
			complete(taskId, null);
		}

		@Override
		public void complete(String taskId, Map<String, Object> variables) {
			commandExecutor.execute(new ValidatedCompleteTaskCmd(taskId, variables, false, false, guards));
		}

		@Override
		public VariableMap completeWithVariablesInReturn(String taskId, Map<String, Object> variables, boolean deserializeValues) {
			return commandExecutor.execute(new ValidatedCompleteTaskCmd(taskId, variables, true, deserializeValues, guards));
		}

	}

	static class ValidatingFormService extends FormServiceImpl {

		private final List<TaskCompletionGuard> guards;

		ValidatingFormService(List<TaskCompletionGuard> guards) {
			this.guards = guards;
		}

		@Override
		public void submitTaskForm(String taskId, Map<String, Object> properties) {
			commandExecutor.execute(new ValidatedSubmitTaskFormCmd(taskId, properties, false, false, guards));
		}

		@Override
		public VariableMap submitTaskFormWithVariablesInReturn(String taskId, Map<String, Object> properties, boolean deserializeValues) {
			return commandExecutor.execute(new ValidatedSubmitTaskFormCmd(taskId, properties, true, deserializeValues, guards));
		}

		@Override
		@SuppressWarnings({ "deprecation", "unchecked", "rawtypes" })
		public void submitTaskFormData(String taskId, Map<String, String> properties) {
			submitTaskForm(taskId, (Map) properties);
		}

	}

	static class ValidatedCompleteTaskCmd extends CompleteTaskCmd {

		private static final long serialVersionUID = 1L;

		private final transient List<TaskCompletionGuard> guards;

		ValidatedCompleteTaskCmd(String taskId, Map<String, Object> variables, boolean returnVariables, boolean deserialize,
				List<TaskCompletionGuard> guards) {
			super(taskId, variables, returnVariables, deserialize);
			this.guards = guards;
		}

		@Override
		public VariableMap execute(CommandContext commandContext) {
			SubmissionCheck.check(commandContext, taskId, variables, guards);
			return super.execute(commandContext);
		}

	}

	static class ValidatedSubmitTaskFormCmd extends SubmitTaskFormCmd {

		private static final long serialVersionUID = 1L;

		private final transient List<TaskCompletionGuard> guards;

		ValidatedSubmitTaskFormCmd(String taskId, Map<String, Object> properties, boolean returnVariables, boolean deserialize,
				List<TaskCompletionGuard> guards) {
			super(taskId, properties, returnVariables, deserialize);
			this.guards = guards;
		}

		@Override
		public VariableMap execute(CommandContext commandContext) {
			SubmissionCheck.check(commandContext, taskId, properties, guards);
			return super.execute(commandContext);
		}

	}

}
