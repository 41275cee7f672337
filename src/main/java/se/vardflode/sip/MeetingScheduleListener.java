package se.vardflode.sip;

import java.util.Collection;
import java.util.Date;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * On completing "Boka SIP-möte" (checked by the form and {@link MeetingBookingRule}): records when and where the
 * meeting is, for the invitations and the deadline.
 */
@Component
class MeetingScheduleListener implements TaskListener {

	@Override
	public void notify(DelegateTask task) {
		SipMeeting meeting = SipMeeting.parse(task.getVariable(SipVariables.MEETING_DATE), task.getVariable(SipVariables.MEETING_TIME),
				task.getVariable(SipVariables.MEETING_PLACE), task.getVariable(SipVariables.MEETING_VIDEO_LINK)).meeting();
		task.setVariable(SipVariables.MEETING_AT, Date.from(meeting.startsAt()));
		task.setVariable(SipVariables.MEETING_LOCATION, meeting.location());
		Collection<?> units = (Collection<?>) task.getVariable(SipVariables.REGION_PARTICIPANT_UNITS);
		task.setVariable(SipVariables.CONFIRMED_PARTICIPANTS,
				units == null || units.isEmpty() ? "inga enheter från regionen är inbjudna" : "inga svar ännu");
	}

}
