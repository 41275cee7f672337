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
		Date meetingAt = SipProcess.MEETING_AT.from(task);
		SipProcess.MEETING_HELD_AT.set(task, meetingAt);
		SipProcess.MEETING_HELD_WITHIN_DEADLINE.set(task, !meetingAt.after(SipProcess.MEETING_DEADLINE.from(task)));
	}

}
