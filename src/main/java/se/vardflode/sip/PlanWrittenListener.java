package se.vardflode.sip;

import java.time.LocalTime;
import java.util.Date;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import se.vardflode.kernel.CareTime;

/**
 * On completing "Upprätta SIP-planen" (checked by the form and {@link SipPlanRule}): gives the plan its version and
 * the time its follow-up timer fires.
 */
@Component
class PlanWrittenListener implements TaskListener {

	/** The follow-up timer fires on the morning of the follow-up date, Swedish time. */
	static final LocalTime FOLLOW_UP_TIME = LocalTime.of(8, 0);

	@Override
	public void notify(DelegateTask task) {
		SipPlan plan = SipPlan.parse(task::getVariable).plan();
		SipProcess.PLAN_VERSION.set(task, SipProcess.PLAN_VERSION.optionalFrom(task).map(version -> version + 1).orElse(1));
		SipProcess.FOLLOW_UP_AT.set(task, Date.from(CareTime.at(plan.followUpDate().atTime(FOLLOW_UP_TIME))));
	}

}
