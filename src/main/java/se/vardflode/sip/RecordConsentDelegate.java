package se.vardflode.sip;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Date;
import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import se.vardflode.kernel.CareTime;

/**
 * Records when the patient consented and the date by which the SIP meeting must be held (consent + configured
 * deadline), and keeps only the participants the patient accepted.
 */
@Component
class RecordConsentDelegate implements JavaDelegate {

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd").withZone(CareTime.ZONE);

	private final SipSettings settings;

	RecordConsentDelegate(SipSettings settings) {
		this.settings = settings;
	}

	@Override
	public void execute(DelegateExecution execution) {
		Instant consentedAt = CareTime.now();
		Instant deadline = consentedAt.plus(settings.meetingDeadline());
		SipProcess.CONSENTED_AT.set(execution, Date.from(consentedAt));
		SipProcess.MEETING_DEADLINE.set(execution, Date.from(deadline));
		SipProcess.MEETING_DEADLINE_TEXT.set(execution, DAY.format(deadline));
		List<String> accepted = SipParticipants.readAccepted(SipProcess.ACCEPTED_PARTICIPANTS.optionalFrom(execution).orElse(null));
		if (accepted != null) {
			SipParticipants participants = SipParticipants.from(execution).acceptedBy(accepted);
			execution.setVariables(participants.asVariables());
		}
	}

}
