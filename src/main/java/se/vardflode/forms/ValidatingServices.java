package se.vardflode.forms;

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

		@Override
		public void complete(String taskId) {
			complete(taskId, null);
		}

		@Override
		public void complete(String taskId, Map<String, Object> variables) {
			commandExecutor.execute(new ValidatedCompleteTaskCmd(taskId, variables, false, false));
		}

		@Override
		public VariableMap completeWithVariablesInReturn(String taskId, Map<String, Object> variables, boolean deserializeValues) {
			return commandExecutor.execute(new ValidatedCompleteTaskCmd(taskId, variables, true, deserializeValues));
		}

	}

	static class ValidatingFormService extends FormServiceImpl {

		@Override
		public void submitTaskForm(String taskId, Map<String, Object> properties) {
			commandExecutor.execute(new ValidatedSubmitTaskFormCmd(taskId, properties, false, false));
		}

		@Override
		public VariableMap submitTaskFormWithVariablesInReturn(String taskId, Map<String, Object> properties, boolean deserializeValues) {
			return commandExecutor.execute(new ValidatedSubmitTaskFormCmd(taskId, properties, true, deserializeValues));
		}

		@Override
		@SuppressWarnings({ "deprecation", "unchecked", "rawtypes" })
		public void submitTaskFormData(String taskId, Map<String, String> properties) {
			submitTaskForm(taskId, (Map) properties);
		}

	}

	static class ValidatedCompleteTaskCmd extends CompleteTaskCmd {

		private static final long serialVersionUID = 1L;

		ValidatedCompleteTaskCmd(String taskId, Map<String, Object> variables, boolean returnVariables, boolean deserialize) {
			super(taskId, variables, returnVariables, deserialize);
		}

		@Override
		public VariableMap execute(CommandContext commandContext) {
			SubmissionCheck.check(commandContext, taskId, variables);
			return super.execute(commandContext);
		}

	}

	static class ValidatedSubmitTaskFormCmd extends SubmitTaskFormCmd {

		private static final long serialVersionUID = 1L;

		ValidatedSubmitTaskFormCmd(String taskId, Map<String, Object> properties, boolean returnVariables, boolean deserialize) {
			super(taskId, properties, returnVariables, deserialize);
		}

		@Override
		public VariableMap execute(CommandContext commandContext) {
			SubmissionCheck.check(commandContext, taskId, properties);
			return super.execute(commandContext);
		}

	}

}
