package se.vardflode.forms;

import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateTask;

/**
 * A form submission as a {@link TaskRule} reads it, before anything is stored: the values the task will have once
 * the submission is stored.
 */
public final class Submission {

	private final DelegateTask task;
	private final Map<String, Object> submitted;

	Submission(DelegateTask task, Map<String, Object> submitted) {
		this.task = task;
		this.submitted = submitted;
	}

	/**
	 * The submitted value of a variable, or the value the task already has when the submission does not name it; JSON
	 * (lists, dynamic lists) as lists and maps, as the form check reads it.
	 */
	public Object value(String name) {
		if (submitted.containsKey(name)) {
			return FormSubmissionValidator.plain(submitted.get(name));
		}
		return FormSubmissionValidator.plain(task.getVariableTyped(name, false));
	}

	/** The task being completed, for the process variables a rule compares with (read them, never write). */
	public DelegateTask task() {
		return task;
	}

}
