package se.vardflode.triage;

import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Adds the joining patient's process instance to the group. A started or full group refuses: the correlation that
 * tried to join fails and the patient's instance stays where it was (a seventh participant never gets in).
 */
@Component
class AddGroupParticipantDelegate implements JavaDelegate {

	@Override
	public void execute(DelegateExecution execution) {
		int count = (Integer) execution.getVariable("participantCount");
		if (!GroupTreatment.OPEN.equals(execution.getVariable("groupStatus"))) {
			throw new ProcessEngineException("The group has already started and takes no more participants");
		}
		if (count >= GroupTreatment.MAX_PARTICIPANTS) {
			throw new ProcessEngineException("The group is full: at most " + GroupTreatment.MAX_PARTICIPANTS + " participants");
		}
		String ids = (String) execution.getVariable("participantInstanceIds");
		String joining = (String) execution.getVariable("joiningPatientInstanceId");
		execution.setVariable("participantInstanceIds", ids.isEmpty() ? joining : ids + "," + joining);
		execution.setVariable("participantCount", count + 1);
	}

}
