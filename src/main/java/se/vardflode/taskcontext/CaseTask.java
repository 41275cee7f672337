package se.vardflode.taskcontext;

import java.util.Date;
import java.util.Map;
import java.util.Optional;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;

import se.vardflode.kernel.ProcessVariable;

/**
 * A staff task as it is created, as a {@link TaskContextSource} reads it: which task of the model it is and the
 * case's variables, looked up in the task's own instance and then in the instances that called it (a promised
 * call-back started by a triage sees the triage's contact reason).
 */
public final class CaseTask {

	private final DelegateTask task;

	CaseTask(DelegateTask task) {
		this.task = task;
	}

	/** The user task's id in the model, e.g. {@code pstAssessment}. */
	public String activityId() {
		return task.getTaskDefinitionKey();
	}

	public String processInstanceId() {
		return task.getProcessInstanceId();
	}

	/** The task as the engine has it, for what the other methods do not cover. */
	public DelegateTask delegateTask() {
		return task;
	}

	/** The variable in the task's scope, else in a calling instance's; empty when none has it. */
	public Optional<Object> variable(String name) {
		for (DelegateExecution scope = task.getExecution(); scope != null; scope = scope.getProcessInstance().getSuperExecution()) {
			Object value = scope == task.getExecution() ? task.getVariable(name) : scope.getVariable(name);
			if (value != null) {
				return Optional.of(value);
			}
		}
		return Optional.empty();
	}

	/**
	 * A variable of a pathway's process facade ({@code TriageProcess.CONTACT_REASON}), looked up as {@link #variable};
	 * empty when none has it or when it is blank text.
	 */
	public <T> Optional<T> get(ProcessVariable<T> variable) {
		return variable(variable.name()).flatMap(value -> variable.optionalFrom(Map.of(variable.name(), value)))
			.filter(value -> !(value instanceof String text) || !text.isBlank());
	}

	public Optional<String> string(String name) {
		return variable(name).filter(String.class::isInstance).map(String.class::cast).filter(text -> !text.isBlank());
	}

	public Optional<Date> date(String name) {
		return variable(name).filter(Date.class::isInstance).map(Date.class::cast);
	}

	public Optional<Integer> integer(String name) {
		return variable(name).filter(Number.class::isInstance).map(value -> ((Number) value).intValue());
	}

	public boolean isTrue(String name) {
		return variable(name).map(Boolean.TRUE::equals).orElse(false);
	}

}
