package se.vardflode.sip;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.Variables.SerializationDataFormats;
import org.camunda.spin.plugin.variable.SpinValues;
import org.springframework.stereotype.Component;

/**
 * Records when the patient consented and the date by which the SIP meeting must be held (consent + configured
 * deadline), and keeps only the participants the patient accepted.
 */
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
		List<String> accepted = SipParticipants.readAccepted(execution.getVariable(SipVariables.ACCEPTED_PARTICIPANTS));
		if (accepted != null) {
			SipParticipants participants = SipParticipants.from(execution).acceptedBy(accepted);
			execution.setVariable(SipVariables.REGION_PARTICIPANT_UNITS, Variables.objectValue(new ArrayList<>(participants.regionUnitIds()))
				.serializationDataFormat(SerializationDataFormats.JSON).create());
			execution.setVariable(SipVariables.EXTERNAL_PARTICIPANTS, participants.externalJson());
			execution.setVariable(SipVariables.HUVUDANSVAR_OPTIONS, SpinValues.jsonValue(
					SipCoordination.toJson(participants.organisationOptions(settings.regionOrganisation()))).create());
		}
	}

}
