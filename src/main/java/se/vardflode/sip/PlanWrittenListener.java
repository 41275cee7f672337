package se.vardflode.sip;

import java.time.LocalTime;
import java.util.Date;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

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
		SipPlan plan = SipPlan.parse(task.getVariable(SipVariables.ACTIONS), task.getVariable(SipVariables.HUVUDANSVAR),
				task.getVariable(SipVariables.FOLLOW_UP_DATE)).plan();
		Integer version = (Integer) task.getVariable(SipVariables.PLAN_VERSION);
		task.setVariable(SipVariables.PLAN_VERSION, version == null ? 1 : version + 1);
		task.setVariable(SipVariables.FOLLOW_UP_AT,
				Date.from(plan.followUpDate().atTime(FOLLOW_UP_TIME).atZone(SipMeeting.SWEDEN).toInstant()));
	}

}
