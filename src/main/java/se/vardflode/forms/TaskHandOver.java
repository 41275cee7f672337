package se.vardflode.forms;

/**
 * An engine command that gives a task to a user — as assignee, owner, delegate or candidate — saying to whom, for
 * {@link TaskGuardChecker}: the engine checks such a command against the task as it is before the change.
 */
interface TaskHandOver {

	/** The user the task is given to, {@code null} when it is taken away (unclaim). */
	String handedTo();

}
