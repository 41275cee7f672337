package se.vardflode.triage;

import java.util.Set;

import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** A PST assessment needs its decision; who made it is kept in the process history with it. */
@Component
class PstAssessmentValidator implements TaskListener {

	private static final Set<String> DECISIONS = Set.of("INDIVIDUAL_TREATMENT", "GROUP_TREATMENT", "PHYSICIAN", "PSYCHIATRY_REFERRAL",
			"NO_FURTHER_CARE");

	@Override
	public void notify(DelegateTask task) {
		if (!(task.getVariable("pstDecision") instanceof String decision && DECISIONS.contains(decision))) {
			throw new BadUserRequestException("Välj ett beslut för PST-bedömningen");
		}
		task.setVariable("pstAssessedBy", DecidedBy.of(task));
	}

}
