package se.vardflode.sip;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.Variables.SerializationDataFormats;
import org.springframework.stereotype.Component;

import se.vardflode.kernel.PatientAssignee;
import se.vardflode.kernel.Personnummer;

/**
 * On creating one party's "Samtycke till SIP": whom she answers for. On her answer (the patient, or each custodian of
 * a child, in her own login): her answer stays in her own task's scope, so that the other custodian's form never shows it; the SIP keeps what they
 * decided together. One "no" is the SIP's no (the consent step ends, the other tasks are withdrawn); the SIP's yes is
 * every party's yes; only the participants every party accepted take part.
 */
@Component
class ConsentAnswerListener implements TaskListener {

	@Override
	public void notify(DelegateTask task) {
		if (TaskListener.EVENTNAME_CREATE.equals(task.getEventName())) {
			// whom this party answers for, as her form says it
			DelegateExecution sip = task.getExecution().getProcessInstance();
			SipProcess.CONSENT_SUBJECT.setLocal(task, SipProcess.CONSENT_GIVER.from(task).equals(SipProcess.PATIENT_REFERENCE.from(sip)) ? "Dig själv"
					: SipProcess.CHILD_DESCRIPTION.from(sip));
			return;
		}
		answered(task);
	}

	private void answered(DelegateTask task) {
		DelegateExecution sip = task.getExecution().getProcessInstance();
		String answer = SipProcess.CONSENT.optionalFrom(task).orElse("no");
		String who = who(task, sip);
		SipProcess.CONSENT.set(sip, "yes".equals(answer) ? "yes" : "no");
		append(sip, SipProcess.CONSENT_ANSWERS, who + ": " + ("yes".equals(answer) ? "ja" : "nej"));
		SipProcess.INFORMATION_LIMITS.optionalFrom(task).filter(text -> !text.isBlank())
			.ifPresent(text -> append(sip, SipProcess.CONSENT_NOTES, who + " om vem som får veta vad: " + text.strip()));
		SipProcess.RELATIVES_TAKING_PART.optionalFrom(task).filter(text -> !text.isBlank())
			.ifPresent(text -> append(sip, SipProcess.CONSENT_NOTES, who + " om närstående: " + text.strip()));
		if ("yes".equals(answer)) {
			List<String> accepted = SipParticipants.readAccepted(SipProcess.ACCEPTED_PARTICIPANTS.optionalFrom(task).orElse(null));
			if (accepted != null) {
				List<String> before = SipParticipants.readAccepted(sip.getVariable(SipProcess.ACCEPTED_PARTICIPANTS.name()));
				List<String> together = new ArrayList<>(accepted);
				if (before != null) {
					together.retainAll(before);
				}
				sip.setVariable(SipProcess.ACCEPTED_PARTICIPANTS.name(),
						Variables.objectValue(together).serializationDataFormat(SerializationDataFormats.JSON).create());
			}
		}
	}

	/** "Patienten" or "Vårdnadshavare" with her name when the request gave it; never a personnummer. */
	private static String who(DelegateTask task, DelegateExecution sip) {
		if (task.getAssignee().equals(SipProcess.PATIENT_REFERENCE.from(sip))) {
			return "Patienten";
		}
		Personnummer custodian = PatientAssignee.patientOf(task.getAssignee()).orElseThrow();
		return SipPatientSide.from(sip).custodians().stream().filter(known -> known.personnummer().equals(custodian)).findFirst()
			.flatMap(SipRules.ValidCustodian::name).map(name -> "Vårdnadshavare " + name.value()).orElse("Vårdnadshavare");
	}

	private static void append(DelegateExecution sip, se.vardflode.kernel.ProcessVariable<String> variable, String line) {
		String before = variable.optionalFrom(sip).orElse(null);
		variable.set(sip, before == null ? line : before + "; " + line);
	}

}
