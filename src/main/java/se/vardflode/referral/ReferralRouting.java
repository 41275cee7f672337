package se.vardflode.referral;

import java.util.Map;

import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.camunda.bpm.engine.DecisionService;
import org.springframework.stereotype.Component;

import se.vardflode.referral.ReferralTypes.Receiver;
import se.vardflode.referral.ReferralTypes.Urgency;

/**
 * Asks the process owners' routing table ({@code processes/referral-routing.dmn}) who receives a referral and how
 * urgently, before anything is started: a referral the guidance keeps at the sender's own unit is refused at once.
 */
@Component
class ReferralRouting {

	/** @param acuteContact the sending unit phones the receiver today, before the referral is assessed */
	record Route(Receiver receiver, Urgency urgency, boolean acuteContact) {
	}

	private final DecisionService decisionService;

	ReferralRouting(DecisionService decisionService) {
		this.decisionService = decisionService;
	}

	Route route(Map<String, Object> facts) {
		return route(decisionService, facts);
	}

	/** For a task rule, which has the engine's services from its task rather than from Spring (they depend on the rules). */
	static Route route(DecisionService decisionService, Map<String, Object> facts) {
		DmnDecisionResultEntries result = decisionService.evaluateDecisionByKey(ReferralProcess.ROUTING_DECISION).variables(facts)
			.evaluate()
			.getSingleResult();
		if (result == null) {
			throw new IllegalStateException("The routing table " + ReferralProcess.ROUTING_DECISION + " has no rule for this referral");
		}
		return new Route(Receiver.valueOf(result.getEntry("receiver")), Urgency.valueOf(result.getEntry("urgency")),
				Boolean.TRUE.equals(result.getEntry("acuteContact")));
	}

}
