package se.vardflode.sip;

import java.util.Date;
import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * On "Registrera att SIP-mötet har hållits": records when the meeting was held and whether that was within the
 * deadline (the KPI "held within deadline").
 */
@Component
class MeetingHeldListener implements TaskListener {

	@Override
	public void notify(DelegateTask task) {
		if (!Boolean.TRUE.equals(task.getVariable(SipVariables.MEETING_HELD))) {
			throw new SipFormRejected("Registreringen", Map.of(SipVariables.MEETING_HELD, "Bekräfta att mötet har hållits"));
		}
		Date meetingAt = (Date) task.getVariable(SipVariables.MEETING_AT);
		Date deadline = (Date) task.getVariable(SipVariables.MEETING_DEADLINE);
		task.setVariable(SipVariables.MEETING_HELD_AT, meetingAt);
		task.setVariable(SipVariables.MEETING_HELD_WITHIN_DEADLINE, !meetingAt.after(deadline));
	}

}
