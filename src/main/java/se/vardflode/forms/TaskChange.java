package se.vardflode.forms;

import org.camunda.bpm.engine.task.Task;

/**
 * A change of a task that a {@link TaskGuard} is asked about, before it happens.
 *
 * @param task the task as it is stored before the change (a task being created: as it will be created)
 * @param engineUserId the engine's authenticated user, or {@code null} when the application itself acts (the patient
 *        API, jobs, tests)
 * @param handedTo the user the task is being given to as assignee, owner, delegate or candidate, else {@code null}
 */
public record TaskChange(Task task, String engineUserId, String handedTo) {
}
