package se.vardflode.sip;

import java.util.Date;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * On "Registrera att SIP-mötet har hållits" (the form requires its box "held" ticked): records when the meeting was
 * held and whether that was within the deadline (the KPI "held within deadline").
 */
@Component
class MeetingHeldListener implements TaskListener {

	@Override
	public void notify(DelegateTask task) {
		Date meetingAt = (Date) task.getVariable(SipVariables.MEETING_AT);
		Date deadline = (Date) task.getVariable(SipVariables.MEETING_DEADLINE);
		task.setVariable(SipVariables.MEETING_HELD_AT, meetingAt);
		task.setVariable(SipVariables.MEETING_HELD_WITHIN_DEADLINE, !meetingAt.after(deadline));
	}

}
