package se.vardflode.triage;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Closes the group and tells each participant's process instance that it has started (each then mails its patient). */
@Component
class StartGroupDelegate implements JavaDelegate {

	private final RuntimeService runtimeService;

	StartGroupDelegate(RuntimeService runtimeService) {
		this.runtimeService = runtimeService;
	}

	@Override
	public void execute(DelegateExecution execution) {
		execution.setVariable("groupStatus", GroupTreatment.STARTED);
		String ids = (String) execution.getVariable("participantInstanceIds");
		for (String participant : ids.split(",")) {
			runtimeService.createMessageCorrelation(GroupTreatment.GROUP_STARTED)
				.processInstanceId(participant)
				.setVariable("groupMeetingInfo", execution.getVariable("groupMeetingInfo"))
				.correlate();
		}
	}

}
