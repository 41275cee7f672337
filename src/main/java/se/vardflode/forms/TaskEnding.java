package se.vardflode.forms;

import java.util.Map;

/**
 * An engine command that ends a task, saying how and with what, for {@link TaskEndingChecker}. The engine's task and
 * form services are replaced with ones that issue only such commands (see {@link GuardedCommands}).
 */
interface TaskEnding {

	enum Way {
		/** complete or submit-form: the form's answer */
		COMPLETE,
		/** hand a delegated task back to its owner */
		RESOLVE,
		BPMN_ERROR,
		ESCALATION
	}

	Way way();

	/** The BPMN error or escalation code, else {@code null}. */
	String code();

	/** What the caller submits with it, possibly {@code null}. */
	Map<String, Object> variables();

}
