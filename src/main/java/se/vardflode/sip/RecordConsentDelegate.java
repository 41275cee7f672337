package se.vardflode.sip;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Date;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/** Records when the patient consented and the date by which the SIP meeting must be held (consent + configured deadline). */
@Component
class RecordConsentDelegate implements JavaDelegate {

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd").withZone(SipMeeting.SWEDEN);

	private final SipSettings settings;

	RecordConsentDelegate(SipSettings settings) {
		this.settings = settings;
	}

	@Override
	public void execute(DelegateExecution execution) {
		Instant consentedAt = ClockUtil.getCurrentTime().toInstant();
		Instant deadline = consentedAt.plus(settings.meetingDeadline());
		execution.setVariable(SipVariables.CONSENTED_AT, Date.from(consentedAt));
		execution.setVariable(SipVariables.MEETING_DEADLINE, Date.from(deadline));
		execution.setVariable(SipVariables.MEETING_DEADLINE_TEXT, DAY.format(deadline));
	}

}
