package se.vardflode.sip;

import java.util.Collection;
import java.util.Date;
import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/**
 * On completing "Boka SIP-möte": refuses a booking in the past or without place or link (the task stays open), and
 * records when and where the meeting is for the invitations and the deadline.
 */
@Component
class MeetingScheduleListener implements TaskListener {

	@Override
	public void notify(DelegateTask task) {
		SipMeeting.Parsed parsed = SipMeeting.parse(task.getVariable(SipVariables.MEETING_DATE), task.getVariable(SipVariables.MEETING_TIME),
				task.getVariable(SipVariables.MEETING_PLACE), task.getVariable(SipVariables.MEETING_VIDEO_LINK));
		Map<String, String> errors = parsed.errors().isEmpty() ? parsed.meeting().violations(ClockUtil.getCurrentTime().toInstant())
				: parsed.errors();
		if (!errors.isEmpty()) {
			throw new SipFormRejected("Mötesbokningen", errors);
		}
		SipMeeting meeting = parsed.meeting();
		task.setVariable(SipVariables.MEETING_AT, Date.from(meeting.startsAt()));
		task.setVariable(SipVariables.MEETING_LOCATION, meeting.location());
		Collection<?> units = (Collection<?>) task.getVariable(SipVariables.REGION_PARTICIPANT_UNITS);
		task.setVariable(SipVariables.CONFIRMED_PARTICIPANTS,
				units == null || units.isEmpty() ? "inga enheter från regionen är inbjudna" : "inga svar ännu");
	}

}
