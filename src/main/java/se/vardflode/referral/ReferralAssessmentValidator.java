package se.vardflode.referral;

import java.util.Set;

import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * A return needs its reason and a request for more information its question: a completion without them is refused
 * (HTTP 400 from the REST API) and the task stays open.
 */
@Component
class ReferralAssessmentValidator implements TaskListener {

	private static final Set<String> DECISIONS = Set.of("ACCEPT", "RETURN", "MORE_INFORMATION");

	@Override
	public void notify(DelegateTask task) {
		Object assessment = task.getVariable("assessment");
		if (!(assessment instanceof String decision) || !DECISIONS.contains(decision)) {
			throw new BadUserRequestException("Välj ett beslut: acceptera, returnera eller begär komplettering");
		}
		if ("RETURN".equals(assessment) && isBlank(task.getVariable("returnReason"))) {
			throw new BadUserRequestException("Skäl till retur krävs när remissen returneras");
		}
		if ("MORE_INFORMATION".equals(assessment) && isBlank(task.getVariable("question"))) {
			throw new BadUserRequestException("Skriv vad som behöver kompletteras");
		}
	}

	private static boolean isBlank(Object value) {
		return !(value instanceof String text) || text.isBlank();
	}

}
