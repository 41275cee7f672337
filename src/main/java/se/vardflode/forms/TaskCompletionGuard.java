package se.vardflode.forms;

import org.camunda.bpm.engine.task.Task;

/**
 * A rule about who may complete a task, checked in the same place as the form, before anything changes: a bean of
 * this type is asked on every completion path after the engine's own authorization check and before validation.
 */
public interface TaskCompletionGuard {

	/**
	 * @param engineUserId the engine's authenticated user, or {@code null} when the application itself completes the
	 *        task (the patient API, tests)
	 * @throws org.camunda.bpm.engine.AuthorizationException to refuse (Camunda REST answers 403)
	 */
	void check(Task task, String engineUserId);

}
