package se.vardflode.triage;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** On completing "Läkarbedömning samma dag": records who decided, kept in the process history with the decision. */
@Component
class PhysicianAssessmentListener implements TaskListener {

	@Override
	public void notify(DelegateTask task) {
		TriageProcess.PHYSICIAN_DECIDED_BY.set(task, DecidedBy.of(task));
	}

}
