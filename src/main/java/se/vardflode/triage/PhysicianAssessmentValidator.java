package se.vardflode.triage;

import java.util.Set;

import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** The same-day physician assessment needs its decision; who made it is kept in the process history with it. */
@Component
class PhysicianAssessmentValidator implements TaskListener {

	private static final Set<String> DECISIONS = Set.of("PSYCHIATRY_EMERGENCY", "PST_ASSESSMENT", "HEALTH_CENTRE_FOLLOW_UP");

	@Override
	public void notify(DelegateTask task) {
		if (!(task.getVariable("physicianDecision") instanceof String decision && DECISIONS.contains(decision))) {
			throw new BadUserRequestException("Välj ett beslut: akutpsykiatrin, bedömning av PST eller uppföljning på hälsocentralen");
		}
		task.setVariable("physicianDecidedBy", DecidedBy.of(task));
	}

}
