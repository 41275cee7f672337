package se.vardflode.sip;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import se.vardflode.identity.CareUnits;

/**
 * On a region unit's answer to the meeting invitation (the form requires yes or no): adds the answer to
 * {@code confirmedParticipants}, which the coordinator sees in the task "Registrera att SIP-mötet har hållits".
 */
@Component
class AttendanceConfirmationListener implements TaskListener {

	private final CareUnits careUnits;

	AttendanceConfirmationListener(CareUnits careUnits) {
		this.careUnits = careUnits;
	}

	@Override
	public void notify(DelegateTask task) {
		Object attending = task.getVariable(SipVariables.ATTENDING);
		String unitName = careUnits.get((String) task.getVariable(SipVariables.PARTICIPANT_UNIT)).name();
		Object representative = task.getVariable(SipVariables.REPRESENTATIVE);
		String answer = unitName + ": " + ("yes".equals(attending) ? "deltar" : "deltar inte")
				+ (representative == null || representative.toString().isBlank() ? "" : " (" + representative.toString().strip() + ")");
		// each unit answers the same form: its answer must not prefill or leak into the next unit's task
		task.removeVariable(SipVariables.ATTENDING);
		task.removeVariable(SipVariables.REPRESENTATIVE);
		String previous = (String) task.getVariable(SipVariables.CONFIRMED_PARTICIPANTS);
		task.setVariable(SipVariables.CONFIRMED_PARTICIPANTS,
				previous == null || previous.startsWith("inga ") ? answer : previous + "; " + answer);
	}

}
