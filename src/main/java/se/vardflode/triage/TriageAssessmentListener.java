package se.vardflode.triage;

import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * On completing "Bedöm kontakten" (checked by the form and {@link TriageAssessmentRule}): records who triaged, kept in
 * the process history with the decision, and an explicit no for each questionnaire not chosen, which the routing reads.
 */
@Component
class TriageAssessmentListener implements TaskListener {

	static final List<String> QUESTIONNAIRE_CHOICES = List.of("sendPhq9", "sendGad7", "sendAudit", "sendDudit");

	@Override
	public void notify(DelegateTask task) {
		for (String choice : QUESTIONNAIRE_CHOICES) {
			if (task.getVariable(choice) == null) {
				task.setVariable(choice, false);
			}
		}
		task.setVariable("triagedBy", DecidedBy.of(task));
	}

}
