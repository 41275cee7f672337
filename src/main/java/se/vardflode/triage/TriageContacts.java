package se.vardflode.triage;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.vardflode.api.ApiProblem;
import se.vardflode.identity.CareUnit;
import se.vardflode.identity.CareUnits;
import se.vardflode.patient.CasePatients;
import se.vardflode.patient.PatientAssignee;
import se.vardflode.patient.PatientName;
import se.vardflode.patient.Personnummer;
import se.vardflode.security.StaffAuthorities;

/** Checks a triage contact and starts its triage — or refuses it and leaves nothing behind. */
@Service
class TriageContacts {

	static final String PROCESS_KEY = "pst-triage";
	/** The number the patient asked to be called back on, for the call-back's task. */
	static final String PATIENT_PHONE = "patientPhone";
	private static final String PHONE_NUMBER = "\\+?[0-9][0-9 -]{5,18}[0-9]";
	private static final ZoneId SWEDEN = ZoneId.of("Europe/Stockholm");
	private static final Set<String> CHANNELS = Set.of("PHONE", "DIGITAL");

	record Started(String contactId, String processInstanceId) {
	}

	private final RuntimeService runtimeService;
	private final CareUnits careUnits;
	private final TriageSettings settings;

	TriageContacts(RuntimeService runtimeService, CareUnits careUnits, TriageSettings settings) {
		this.runtimeService = runtimeService;
		this.careUnits = careUnits;
		this.settings = settings;
	}

	@Transactional
	Started register(TriageContactRequest request, Authentication staff) {
		Date now = ClockUtil.getCurrentTime();
		LocalDate today = now.toInstant().atZone(SWEDEN).toLocalDate();
		Map<String, String> errors = new LinkedHashMap<>();
		Personnummer patient = Personnummer.parse(request.personnummer(), today, "personnummer", errors);
		CareUnit healthCentre = request.healthCentreUnitId() == null || !settings.healthCentres().contains(request.healthCentreUnitId())
				? null : careUnits.find(request.healthCentreUnitId()).orElse(null);
		if (healthCentre == null) {
			errors.put("healthCentreUnitId", "Okänd hälsocentral");
		}
		if (request.channel() == null || !CHANNELS.contains(request.channel())) {
			errors.put("channel", "Ange PHONE (rådgivningen) eller DIGITAL (meddelande)");
		}
		if (request.contactReason() == null || request.contactReason().isBlank()) {
			errors.put("contactReason", "Kontaktorsaken saknas");
		}
		else if (request.contactReason().length() > 2000) {
			errors.put("contactReason", "Kontaktorsaken får vara högst 2000 tecken");
		}
		Date callBackAt = null;
		if (request.callBackAt() != null) {
			try {
				callBackAt = Date.from(OffsetDateTime.parse(request.callBackAt()).toInstant());
				if (!callBackAt.after(now)) {
					errors.put("callBackAt", "Den utlovade tiden för återuppringning har redan passerat");
				}
			}
			catch (DateTimeParseException ex) {
				errors.put("callBackAt", "Ange tiden som 2026-11-23T14:00:00+01:00");
			}
		}
		if (request.patientEmail() == null || !request.patientEmail().matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
			errors.put("patientEmail", "Patientens e-postadress saknas eller är ogiltig");
		}
		PatientName name = PatientName.parseOptional(request.patientName(), "patientName", errors);
		if (request.patientPhone() != null && !request.patientPhone().strip().matches(PHONE_NUMBER)) {
			errors.put("patientPhone", "Skriv telefonnumret med siffror, till exempel 070-123 45 67");
		}
		if (!errors.isEmpty()) {
			throw ApiProblem.invalidInput(errors);
		}
		if (!StaffAuthorities.worksAt(staff, settings.adviceLineUnit()) && !StaffAuthorities.worksAt(staff, healthCentre.id())) {
			throw ApiProblem.forbidden("Du kan bara registrera kontakter för rådgivningen eller din egen hälsocentral");
		}

		String contactId = UUID.randomUUID().toString();
		Map<String, Object> variables = new HashMap<>();
		variables.put("contactId", contactId);
		variables.put("personnummer", patient.value());
		// the patient page finds the patient's tasks by this reference; the patient page issue defines it
		variables.put("patientReference", PatientAssignee.of(patient));
		if (name != null) {
			variables.put(CasePatients.PATIENT_NAME, name.value());
		}
		if (request.patientPhone() != null) {
			variables.put(PATIENT_PHONE, request.patientPhone().strip());
		}
		variables.put("patientEmail", request.patientEmail());
		variables.put("patientSex", (patient.isMale() ? Sex.MALE : Sex.FEMALE).name());
		variables.put("patientAge", patient.ageOn(today));
		variables.put("healthCentreUnitId", healthCentre.id());
		variables.put("healthCentreName", healthCentre.name());
		variables.put("channel", request.channel());
		variables.put("contactReason", request.contactReason());
		variables.put("contactedAt", now);
		variables.put("callBackPromised", callBackAt != null);
		if (callBackAt != null) {
			variables.put("callBackAt", callBackAt);
		}
		variables.put("adviceLineUnitId", settings.adviceLineUnit());
		variables.put("physicianUnitId", settings.physicianUnit());
		variables.put("physicianEscalationAfter", settings.physicianEscalationAfter().toString());
		variables.put("pstUnitId", settings.pstUnit());
		variables.put("pstAssessmentDeadline", settings.pstAssessmentDeadline().toString());
		variables.put("selfCareFollowUpDone", false);
		variables.put("groupWaitLimit", settings.groupWaitLimit().toString());
		ProcessInstance instance = runtimeService.startProcessInstanceByKey(PROCESS_KEY, contactId, variables);
		return new Started(contactId, instance.getId());
	}

}
