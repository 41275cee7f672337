package se.vardflode.taskcontext;

/**
 * A pathway's account of its staff tasks: for each task of its process, as the task is created, who sent it, which
 * deadline it has and what the previous steps found. One bean per process, in the pathway's package; the task context
 * adds the patient and the due date and writes it all on the task, where every staff form's context block shows it.
 */
public interface TaskContextSource {

	/** The key of the process whose staff tasks this source describes, e.g. {@code pst-triage}. */
	String processKey();

	/**
	 * Fills in {@code context} for one staff task of the process, usually by its activity id
	 * ({@link CaseTask#activityId()}). Runs inside the engine transaction that creates the task.
	 */
	void describe(CaseTask task, TaskContext context);

	/**
	 * What a staff task of the process that is being completed adds to the case's history, shown in the later tasks'
	 * "Förlopp". The person's answers are the task's variables by now. Nothing by default.
	 */
	default void completed(CaseTask task, CaseHistory history) {
	}

}
