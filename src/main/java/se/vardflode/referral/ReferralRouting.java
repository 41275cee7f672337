package se.vardflode.referral;

import java.util.Map;

import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.camunda.bpm.engine.DecisionService;
import org.springframework.stereotype.Component;

import se.vardflode.referral.ReferralTypes.Receiver;
import se.vardflode.referral.ReferralTypes.Urgency;

/** Asks the process owners' routing table (processes/referral-routing.dmn) who receives a referral and how urgently. */
@Component
class ReferralRouting {

	static final String DECISION = "referral-receiver";

	record Route(Receiver receiver, Urgency urgency) {
	}

	private final DecisionService decisionService;

	ReferralRouting(DecisionService decisionService) {
		this.decisionService = decisionService;
	}

	Route route(Map<String, Object> facts) {
		DmnDecisionResultEntries result = decisionService.evaluateDecisionByKey(DECISION).variables(facts).evaluate().getSingleResult();
		if (result == null) {
			throw new IllegalStateException("The routing table " + DECISION + " has no rule for this referral");
		}
		return new Route(Receiver.valueOf(result.getEntry("receiver")), Urgency.valueOf(result.getEntry("urgency")));
	}

}
