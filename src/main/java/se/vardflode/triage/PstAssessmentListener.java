package se.vardflode.triage;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * On completing "PST-bedömning" (checked by the form and {@link PstAssessmentRule}): records who assessed, kept in
 * the process history with the decision; a decision for group treatment chooses the group the offer is for.
 */
@Component
class PstAssessmentListener implements TaskListener {

	@Override
	public void notify(DelegateTask task) {
		TriageProcess.PST_ASSESSED_BY.set(task, DecidedBy.of(task));
		if (PstAssessmentRule.GROUP_TREATMENT.equals(TriageProcess.PST_DECISION.from(task))) {
			TriageProcess.ROUTE.set(task, TriageProcess.PST_GROUP_TYPE.from(task));
		}
	}

}
