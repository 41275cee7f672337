package se.vardflode.sip;

import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

import se.vardflode.kernel.CareTime;
import se.vardflode.notification.PatientNotifier;
import se.vardflode.notification.PatientRecipient;

/**
 * Reminds whoever has not answered the consent request — the patient, or for a child each custodian still to answer
 * — records the reminder and leaves a message in her inbox in the patient page that names the unit, with a neutral
 * notice by mail where an address was given.
 */
@Component
class RemindPatientOfConsentDelegate implements JavaDelegate {

	static final String MESSAGE = "sip-consent-reminder";

	private final PatientNotifier patientNotifier;
	private final TaskService taskService;

	RemindPatientOfConsentDelegate(PatientNotifier patientNotifier, TaskService taskService) {
		this.patientNotifier = patientNotifier;
		this.taskService = taskService;
	}

	@Override
	public void execute(DelegateExecution execution) {
		Set<String> stillToAnswer = taskService.createTaskQuery().processInstanceId(execution.getProcessInstanceId())
			.taskDefinitionKey(SipProcess.GIVE_CONSENT).list().stream().map(Task::getAssignee).collect(Collectors.toSet());
		for (SipPatientSide.Party party : SipPatientSide.from(execution).parties()) {
			if (stillToAnswer.contains(party.reference())) {
				patientNotifier.notify(execution, new PatientRecipient(party.personnummer(), party.email()), SipProcess.UNIT_ID.from(execution),
						MESSAGE, Map.of());
			}
		}
		SipProcess.CONSENT_REMINDED_AT.set(execution, CareTime.nowAsDate());
	}

}
