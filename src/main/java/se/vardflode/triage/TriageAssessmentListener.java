package se.vardflode.triage;

import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import se.vardflode.kernel.ProcessVariable;

/**
 * On completing "Bedöm kontakten" (checked by the form and {@link TriageAssessmentRule}): records who triaged, kept in
 * the process history with the decision, and an explicit no for each questionnaire not chosen, which the routing reads.
 */
@Component
class TriageAssessmentListener implements TaskListener {

	static final List<ProcessVariable<Boolean>> QUESTIONNAIRE_CHOICES = List.of(TriageProcess.SEND_PHQ9, TriageProcess.SEND_GAD7,
			TriageProcess.SEND_AUDIT, TriageProcess.SEND_DUDIT);

	@Override
	public void notify(DelegateTask task) {
		for (ProcessVariable<Boolean> choice : QUESTIONNAIRE_CHOICES) {
			if (choice.optionalFrom(task).isEmpty()) {
				choice.set(task, false);
			}
		}
		TriageProcess.TRIAGED_BY.set(task, DecidedBy.of(task));
	}

}
