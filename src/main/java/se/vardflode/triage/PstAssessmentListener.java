package se.vardflode.triage;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** On completing "PST-bedömning": records who assessed, kept in the process history with the decision. */
@Component
class PstAssessmentListener implements TaskListener {

	@Override
	public void notify(DelegateTask task) {
		TriageProcess.PST_ASSESSED_BY.set(task, DecidedBy.of(task));
	}

}
