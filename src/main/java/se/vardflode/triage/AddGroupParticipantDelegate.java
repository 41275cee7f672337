package se.vardflode.triage;

import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * "Lägg till deltagare": adds the joining patient's process instance to the group. A started or full group refuses:
 * the correlation that tried to join fails and the patient's instance stays where it was (one more than
 * {@code vardflode.triage.group-size.max} never gets in).
 */
@Component
class AddGroupParticipantDelegate implements JavaDelegate {

	private final TriageSettings settings;

	AddGroupParticipantDelegate(TriageSettings settings) {
		this.settings = settings;
	}

	@Override
	public void execute(DelegateExecution execution) {
		int count = GroupTreatmentProcess.PARTICIPANT_COUNT.from(execution);
		if (!GroupTreatmentProcess.OPEN.equals(GroupTreatmentProcess.GROUP_STATUS.from(execution))) {
			throw new ProcessEngineException("The group has already started and takes no more participants");
		}
		if (count >= settings.groupSize().max()) {
			throw new ProcessEngineException("The group is full: at most " + settings.groupSize().max() + " participants");
		}
		String ids = GroupTreatmentProcess.PARTICIPANT_INSTANCE_IDS.from(execution);
		String joining = GroupTreatmentProcess.JOINING_PATIENT_INSTANCE_ID.from(execution);
		GroupTreatmentProcess.PARTICIPANT_INSTANCE_IDS.set(execution, ids.isEmpty() ? joining : ids + "," + joining);
		GroupTreatmentProcess.PARTICIPANT_COUNT.set(execution, count + 1);
	}

}
