package se.vardflode.triage;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import se.vardflode.kernel.ProcessVariable;

/**
 * "Meddela deltagarna": closes the group and tells each participant's process instance that it has started (each
 * then mails its patient).
 */
@Component
class StartGroupDelegate implements JavaDelegate {

	private final RuntimeService runtimeService;

	StartGroupDelegate(RuntimeService runtimeService) {
		this.runtimeService = runtimeService;
	}

	@Override
	public void execute(DelegateExecution execution) {
		GroupTreatmentProcess.GROUP_STATUS.set(execution, GroupTreatmentProcess.STARTED);
		Object meetingInfo = GroupTreatmentProcess.GROUP_MEETING_INFO.optionalFrom(execution).orElse(null);
		for (String participant : GroupTreatmentProcess.PARTICIPANT_INSTANCE_IDS.from(execution).split(",")) {
			runtimeService.createMessageCorrelation(GroupTreatmentProcess.GROUP_STARTED)
				.processInstanceId(participant)
				.setVariables(ProcessVariable.with(GroupTreatmentProcess.GROUP_MEETING_INFO, meetingInfo).asMap())
				.correlate();
		}
	}

}
