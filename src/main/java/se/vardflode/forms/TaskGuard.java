package se.vardflode.forms;

/**
 * A rule about who may take, hand on, change or end a task. Every bean of this type is asked by the engine itself
 * (see {@link TaskGuardChecker}) before any command creates, assigns, claims, delegates, resolves, completes, submits,
 * ends by BPMN error or escalation, changes identity links, properties or variables of, or deletes a task — whichever
 * API the command came through — and before the engine's own authorization check, so that a refusal can be recorded
 * even for a caller the engine would refuse anyway.
 */
public interface TaskGuard {

	/**
	 * @throws org.camunda.bpm.engine.AuthorizationException to refuse (Camunda REST answers 403); the engine's
	 *         transaction then rolls back, so a guard that must record the refusal writes it in a transaction of
	 *         its own
	 */
	void check(TaskChange change);

}
