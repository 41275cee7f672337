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
		String unitName = careUnits.get(SipProcess.PARTICIPANT_UNIT.from(task)).name();
		String representative = SipProcess.REPRESENTATIVE.optionalFrom(task).map(String::strip).orElse("");
		String answer = unitName + ": " + ("yes".equals(SipProcess.ATTENDING.optionalFrom(task).orElse(null)) ? "deltar" : "deltar inte")
				+ (representative.isEmpty() ? "" : " (" + representative + ")");
		// each unit answers the same form: its answer must not prefill or leak into the next unit's task
		SipProcess.ATTENDING.remove(task);
		SipProcess.REPRESENTATIVE.remove(task);
		String previous = SipProcess.CONFIRMED_PARTICIPANTS.optionalFrom(task).orElse(null);
		SipProcess.CONFIRMED_PARTICIPANTS.set(task, previous == null || previous.startsWith("inga ") ? answer : previous + "; " + answer);
	}

}
