package se.vardflode.chat;

import java.util.Set;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** Refuses to complete the consent task without a yes or a no: Camunda does not check submitted forms itself. */
@Component
class ConsentAnswerListener implements TaskListener {

	static final Set<String> ANSWERS = Set.of("yes", "no");

	@Override
	public void notify(DelegateTask task) {
		if (!ANSWERS.contains(task.getVariable(ChatVariables.CONSENT))) {
			throw new IllegalArgumentException("Svara ja eller nej");
		}
	}

}
