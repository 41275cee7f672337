package se.vardflode.sip;

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
		SipMeeting meeting = SipMeeting.parse(task::getVariable).meeting();
		SipProcess.MEETING_AT.set(task, Date.from(meeting.startsAt()));
		SipProcess.MEETING_LOCATION.set(task, meeting.location());
		boolean unitsInvited = SipProcess.REGION_PARTICIPANT_UNITS.optionalFrom(task).filter(units -> !units.isEmpty()).isPresent();
		SipProcess.CONFIRMED_PARTICIPANTS.set(task, unitsInvited ? "inga svar ännu" : "inga enheter från regionen är inbjudna");
	}

}
