package se.vardflode.triage;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.impl.identity.Authentication;

/** Who completes a task, for the decision variables the process history keeps. */
final class DecidedBy {

	private DecidedBy() {
	}

	/** The signed-in user completing the task; the assignee when the engine has no user (a test, a job). */
	static String of(DelegateTask task) {
		Authentication current = task.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
		if (current != null && current.getUserId() != null) {
			return current.getUserId();
		}
		return task.getAssignee();
	}

}
