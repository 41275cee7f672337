package se.vardflode.triage;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * On "Svar med signal om suicidrisk" (a questionnaire just submitted carried questionnaire-signal's {@code SAME_DAY}):
 * marks the triage's PHQ-9 item 9 signal at once, so that the physician's task shows it while the other
 * questionnaires are still open; the scoring confirms it when all are in.
 */
@Component
class SameDaySignalListener implements ExecutionListener {

	@Override
	public void notify(DelegateExecution execution) {
		TriageProcess.PHQ9_SUICIDE_SIGNAL.set(execution, true);
	}

}
