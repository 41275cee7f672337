package se.vardflode.chat;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** Refuses to complete "Förläng eller stäng chatten" with a decision the form would not allow. */
@Component
class ExtensionDecisionListener implements TaskListener {

	@Override
	public void notify(DelegateTask task) {
		ExtensionDecision.of(task.getVariables());
	}

}
