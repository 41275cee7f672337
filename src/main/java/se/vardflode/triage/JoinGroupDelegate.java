package se.vardflode.triage;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Component;

import se.vardflode.kernel.ProcessVariable;

/**
 * "Ställ i kö till gruppen": puts the patient on the waiting list of the oldest open group of her kind at her PST unit
 * — or opens a new group when none has room, with her as its first participant — by correlating the message
 * {@value GroupTreatmentProcess#PATIENT_JOINS} with that group's process instance.
 */
@Component
class JoinGroupDelegate implements JavaDelegate {

	private final RuntimeService runtimeService;
	private final TriageSettings settings;

	JoinGroupDelegate(RuntimeService runtimeService, TriageSettings settings) {
		this.runtimeService = runtimeService;
		this.settings = settings;
	}

	@Override
	public void execute(DelegateExecution execution) {
		String route = TriageProcess.ROUTE.from(execution);
		String pstUnitId = TriageProcess.PST_UNIT_ID.from(execution);
		ProcessInstance group = runtimeService.createProcessInstanceQuery()
			.processDefinitionKey(GroupTreatmentProcess.KEY)
			.variableValueEquals(GroupTreatmentProcess.GROUP_TYPE.name(), route)
			.variableValueEquals(GroupTreatmentProcess.PST_UNIT_ID.name(), pstUnitId)
			.variableValueEquals(GroupTreatmentProcess.GROUP_STATUS.name(), GroupTreatmentProcess.OPEN)
			.variableValueLessThan(GroupTreatmentProcess.PARTICIPANT_COUNT.name(), settings.groupSize().max())
			.orderByProcessInstanceId().asc()
			.listPage(0, 1).stream().findFirst()
			.orElse(null);
		if (group == null) {
			group = openGroupWith(execution.getProcessInstanceId(), route, pstUnitId);
		}
		else {
			runtimeService.createMessageCorrelation(GroupTreatmentProcess.PATIENT_JOINS)
				.processInstanceId(group.getId())
				.setVariables(ProcessVariable.with(GroupTreatmentProcess.JOINING_PATIENT_INSTANCE_ID, execution.getProcessInstanceId())
					.asMap())
				.correlate();
		}
		TriageProcess.GROUP_INSTANCE_ID.set(execution, group.getId());
		TriageProcess.GROUP_NAME.set(execution, GroupTreatmentProcess.nameOf(route));
	}

	/**
	 * A new group starts with its first participant: its message subscription is not yet in the database within this
	 * transaction, so the first patient cannot be correlated like the following ones.
	 */
	private ProcessInstance openGroupWith(String patientInstanceId, String route, String pstUnitId) {
		return runtimeService.startProcessInstanceByKey(GroupTreatmentProcess.KEY, ProcessVariable
			.with(GroupTreatmentProcess.GROUP_TYPE, route)
			.with(GroupTreatmentProcess.GROUP_NAME, GroupTreatmentProcess.nameOf(route))
			.with(GroupTreatmentProcess.PST_UNIT_ID, pstUnitId)
			.with(GroupTreatmentProcess.GROUP_STATUS, GroupTreatmentProcess.OPEN)
			.with(GroupTreatmentProcess.MIN_PARTICIPANTS, settings.groupSize().min())
			.with(GroupTreatmentProcess.PARTICIPANT_COUNT, 1)
			.with(GroupTreatmentProcess.PARTICIPANT_INSTANCE_IDS, patientInstanceId)
			.asMap());
	}

}
