package se.vardflode.triage;

import java.util.HashMap;
import java.util.Map;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Component;

/**
 * Puts the patient on the waiting list of the oldest open group of her kind at her PST unit — or opens a new group when
 * none has room, with her as its first participant — by correlating the message {@value GroupTreatment#PATIENT_JOINS} with that group's process instance.
 */
@Component
class JoinGroupDelegate implements JavaDelegate {

	private final RuntimeService runtimeService;

	JoinGroupDelegate(RuntimeService runtimeService) {
		this.runtimeService = runtimeService;
	}

	@Override
	public void execute(DelegateExecution execution) {
		String route = (String) execution.getVariable("route");
		String pstUnitId = (String) execution.getVariable("pstUnitId");
		ProcessInstance group = runtimeService.createProcessInstanceQuery()
			.processDefinitionKey(GroupTreatment.PROCESS_KEY)
			.variableValueEquals("groupType", route)
			.variableValueEquals("pstUnitId", pstUnitId)
			.variableValueEquals("groupStatus", GroupTreatment.OPEN)
			.variableValueLessThan("participantCount", GroupTreatment.MAX_PARTICIPANTS)
			.orderByProcessInstanceId().asc()
			.listPage(0, 1).stream().findFirst()
			.orElse(null);
		if (group == null) {
			group = openGroupWith(execution.getProcessInstanceId(), route, pstUnitId);
		}
		else {
			runtimeService.createMessageCorrelation(GroupTreatment.PATIENT_JOINS)
				.processInstanceId(group.getId())
				.setVariable("joiningPatientInstanceId", execution.getProcessInstanceId())
				.correlate();
		}
		execution.setVariable("groupInstanceId", group.getId());
		execution.setVariable("groupName", GroupTreatment.nameOf(route));
	}

	/**
	 * A new group starts with its first participant: its message subscription is not yet in the database within this
	 * transaction, so the first patient cannot be correlated like the following ones.
	 */
	private ProcessInstance openGroupWith(String patientInstanceId, String route, String pstUnitId) {
		Map<String, Object> variables = new HashMap<>();
		variables.put("groupType", route);
		variables.put("groupName", GroupTreatment.nameOf(route));
		variables.put("pstUnitId", pstUnitId);
		variables.put("groupStatus", GroupTreatment.OPEN);
		variables.put("participantCount", 1);
		variables.put("participantInstanceIds", patientInstanceId);
		return runtimeService.startProcessInstanceByKey(GroupTreatment.PROCESS_KEY, variables);
	}

}
