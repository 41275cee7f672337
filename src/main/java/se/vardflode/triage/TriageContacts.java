package se.vardflode.triage;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.UUID;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.vardflode.kernel.CareTime;
import se.vardflode.kernel.EmailAddress;
import se.vardflode.kernel.PatientAssignee;
import se.vardflode.kernel.PatientName;
import se.vardflode.kernel.ProcessVariable;

/** Starts the triage of a checked contact, with the region's triage settings as its deadlines. */
@Service
class TriageContacts {

	record Started(String contactId, String processInstanceId) {
	}

	private final RuntimeService runtimeService;
	private final TriageSettings settings;

	TriageContacts(RuntimeService runtimeService, TriageSettings settings) {
		this.runtimeService = runtimeService;
		this.settings = settings;
	}

	@Transactional
	Started register(TriageRules.Contact contact) {
		Instant now = CareTime.now();
		LocalDate today = CareTime.dayOf(now);
		String contactId = UUID.randomUUID().toString();
		ProcessVariable.Values variables = ProcessVariable.with(TriageProcess.CONTACT_ID, contactId)
			.with(TriageProcess.PERSONNUMMER, contact.patient().value())
			// the patient page finds the patient's questionnaires by it (PatientAssignee)
			.with(TriageProcess.PATIENT_REFERENCE, PatientAssignee.of(contact.patient()))
			// null, not absent, without e-mail: the models' gateways "Har patienten e-post?" read it
			.with(TriageProcess.PATIENT_EMAIL, contact.patientEmail().map(EmailAddress::value).orElse(null))
			.withOptional(TriageProcess.PATIENT_NAME, contact.patientName().map(PatientName::value))
			.withOptional(TriageProcess.PATIENT_PHONE, contact.patientPhone())
			.with(TriageProcess.PATIENT_SEX, (contact.patient().isMale() ? Sex.MALE : Sex.FEMALE).name())
			.with(TriageProcess.PATIENT_AGE, contact.patient().ageOn(today))
			.with(TriageProcess.HEALTH_CENTRE_UNIT_ID, contact.healthCentre().id())
			.with(TriageProcess.HEALTH_CENTRE_NAME, contact.healthCentre().name())
			.with(TriageProcess.CHANNEL, contact.channel())
			.with(TriageProcess.CONTACT_REASON, contact.contactReason())
			.with(TriageProcess.CONTACTED_AT, Date.from(now))
			.with(TriageProcess.CALL_BACK_PROMISED, contact.callBackAt().isPresent())
			.withOptional(TriageProcess.CALL_BACK_AT, contact.callBackAt().map(Date::from))
			.with(TriageProcess.ADVICE_LINE_UNIT_ID, settings.adviceLineUnit())
			.with(TriageProcess.PHYSICIAN_UNIT_ID, settings.physicianUnit())
			.with(TriageProcess.PHYSICIAN_ESCALATION_AFTER, settings.physicianEscalationAfter().toString())
			.with(TriageProcess.PST_UNIT_ID, settings.pstUnit())
			.with(TriageProcess.PST_ASSESSMENT_DEADLINE, settings.pstAssessmentDeadline().toString())
			// vårdgarantin counts from the contact, whenever the questionnaires come back: the task's due date, its timer
			// and the KPI's share within the guarantee all read this one moment
			.with(TriageProcess.PST_ASSESSMENT_DUE_AT, Date.from(CareTime.plus(now, settings.pstAssessmentDeadline())))
			.with(TriageProcess.SELF_CARE_FOLLOW_UP_DONE, false)
			.with(TriageProcess.GROUP_WAIT_LIMIT, settings.groupWaitLimit().toString());
		ProcessInstance instance = runtimeService.startProcessInstanceByKey(TriageProcess.KEY, contactId, variables.asMap());
		return new Started(contactId, instance.getId());
	}

}
