package se.vardflode.sip;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

import se.vardflode.forms.FieldError;
import se.vardflode.forms.Submission;
import se.vardflode.forms.TaskRule;

/** "Boka SIP-möte": a date and time that can be read, ahead of now, and a place or a link ({@link SipMeeting}). */
@Component
class MeetingBookingRule implements TaskRule {

	@Override
	public String formId() {
		return "sip-meeting";
	}

	@Override
	public List<FieldError> check(Submission submission) {
		SipMeeting.Parsed parsed = SipMeeting.parse(submission.value(SipVariables.MEETING_DATE), submission.value(SipVariables.MEETING_TIME),
				submission.value(SipVariables.MEETING_PLACE), submission.value(SipVariables.MEETING_VIDEO_LINK));
		Map<String, String> errors = parsed.errors().isEmpty() ? parsed.meeting().violations(ClockUtil.getCurrentTime().toInstant())
				: parsed.errors();
		return FieldError.allOf(errors);
	}

}
