package se.vardflode.sip;

import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import se.vardflode.forms.FieldError;
import se.vardflode.forms.Submission;
import se.vardflode.forms.TaskRule;
import se.vardflode.kernel.CareTime;

/** "Boka SIP-möte": a date and time that can be read, ahead of now, and a place or a link ({@link SipMeeting}). */
@Component
class MeetingBookingRule implements TaskRule {

	@Override
	public String formId() {
		return "sip-meeting";
	}

	@Override
	public List<FieldError> check(Submission submission) {
		SipMeeting.Parsed parsed = SipMeeting.parse(submission::value);
		Map<String, String> errors = parsed.errors().isEmpty() ? parsed.meeting().violations(CareTime.now()) : parsed.errors();
		return FieldError.allOf(errors);
	}

}
