package se.vardflode.referral;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
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
import se.vardflode.patient.PatientName;
import se.vardflode.patient.Personnummer;
import se.vardflode.referral.ReferralTypes.Direction;
import se.vardflode.referral.ReferralTypes.Urgency;
import se.vardflode.security.StaffAuthorities;

/** Checks a referral, routes it, and starts its process — or refuses it and leaves nothing behind. */
@Service
class Referrals {

	static final String PROCESS_KEY = "referral-routing";
	private static final ZoneId SWEDEN = ZoneId.of("Europe/Stockholm");

	record Sent(String referralId, String processInstanceId, String receivingUnitId, String receiver, String urgency) {
	}

	private final RuntimeService runtimeService;
	private final ReferralRouting routing;
	private final CareUnits careUnits;
	private final ReferralSettings settings;

	Referrals(RuntimeService runtimeService, ReferralRouting routing, CareUnits careUnits, ReferralSettings settings) {
		this.runtimeService = runtimeService;
		this.routing = routing;
		this.careUnits = careUnits;
		this.settings = settings;
	}

	@Transactional
	Sent send(ReferralRequest request, Authentication staff) {
		Date now = ClockUtil.getCurrentTime();
		LocalDate today = now.toInstant().atZone(SWEDEN).toLocalDate();
		Map<String, String> errors = new LinkedHashMap<>();
		Personnummer patient = Personnummer.parse(request.personnummer(), today, "personnummer", errors);
		PatientName patientName = PatientName.parseOptional(request.patientName(), "patientName", errors);
		if (request.patientEmail() == null || !request.patientEmail().matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
			errors.put("patientEmail", "Patientens e-postadress saknas eller är ogiltig");
		}
		CareUnit sender = request.sendingUnitId() == null ? null : careUnits.find(request.sendingUnitId()).orElse(null);
		if (sender == null) {
			errors.put("sendingUnitId", "Okänd enhet");
		}
		if (request.direction() == null) {
			errors.put("direction", "Ange PRIMARY_TO_PSYCHIATRY eller PSYCHIATRY_TO_PRIMARY");
		}
		if (request.request() == null) {
			errors.put("request", "Ange CONSULTATION eller TAKEOVER");
		}
		if (request.reason() == null || request.reason().isBlank()) {
			errors.put("reason", "Frågeställningen saknas");
		}
		DiagnosisCode diagnosis = null;
		try {
			diagnosis = DiagnosisCode.parse(request.diagnosisCode());
		}
		catch (IllegalArgumentException ex) {
			errors.put("diagnosisCode", ex.getMessage());
		}
		if (request.severity() == null) {
			errors.put("severity", "Ange svårighetsgrad: MILD, MODERATE eller SEVERE");
		}
		// every referral here goes to psychiatry or is a return referral: both need a suicide-risk assessment
		if (request.suicideRisk() == null) {
			errors.put("suicideRisk", "Suicidriskbedömning krävs: LOW, MODERATE, HIGH eller UNCLEAR");
		}
		if (request.direction() == Direction.PSYCHIATRY_TO_PRIMARY
				&& (request.recommendedFollowUp() == null || request.recommendedFollowUp().isBlank())) {
			errors.put("recommendedFollowUp", "Rekommenderad uppföljning krävs vid återremiss till primärvården");
		}
		if (negative(request.failedAntidepressantTrials()) || negative(request.failedPsychologicalTreatments())) {
			errors.put("failedTreatments", "Antal behandlingar kan inte vara negativt");
		}
		if (!errors.isEmpty()) {
			throw ApiProblem.invalidInput(errors);
		}
		if (!StaffAuthorities.worksAt(staff, sender.id())) {
			throw ApiProblem.forbidden("Du kan bara skicka remisser från din egen enhet");
		}

		Map<String, Object> facts = Map.of(
				"direction", request.direction().name(),
				"diagnosisGroup", diagnosis.group().name(),
				"severity", request.severity().name(),
				"age", patient.ageOn(today),
				"suicideRisk", request.suicideRisk().name(),
				"treatmentResistant", orZero(request.failedAntidepressantTrials()) >= 2 && orZero(request.failedPsychologicalTreatments()) >= 1,
				"psychoticSymptoms", Boolean.TRUE.equals(request.psychoticSymptoms()));
		ReferralRouting.Route route = routing.route(facts);
		CareUnit receiver = careUnits.get(settings.receivers().get(route.receiver()));
		if (receiver.id().equals(sender.id())) {
			throw ApiProblem.ruleViolation("referral-to-own-unit", "Remiss till egen enhet", "Enligt remissriktlinjerna ska " + sender.name()
					+ " själv ta hand om patienten: remissen skulle gå till den egna enheten.");
		}

		String referralId = UUID.randomUUID().toString();
		Map<String, Object> variables = new HashMap<>(facts);
		variables.put("referralId", referralId);
		variables.put("personnummer", patient.value());
		if (patientName != null) {
			variables.put(CasePatients.PATIENT_NAME, patientName.value());
		}
		variables.put("patientEmail", request.patientEmail());
		variables.put("sendingUnitId", sender.id());
		variables.put("sendingUnitName", sender.name());
		variables.put("receivingUnitId", receiver.id());
		variables.put("receivingUnitName", receiver.name());
		variables.put("requestType", request.request().name());
		variables.put("reason", request.reason());
		variables.put("diagnosisCode", diagnosis.value());
		variables.put("recommendedFollowUp", request.recommendedFollowUp());
		variables.put("urgency", route.urgency().name());
		variables.put("assessmentDueAt", Date.from(now.toInstant().plus(route.urgency() == Urgency.URGENT
				? settings.urgentAssessmentDeadline() : settings.assessmentDeadline())));
		variables.put("interimCheckCycle", settings.interimCheckCycle());
		variables.put("careGuaranteeWarningAfter", settings.careGuaranteeWarning().toString());
		variables.put("careGuaranteeLimit", settings.careGuaranteeLimit().toString());
		variables.put("returnCount", 0);
		ProcessInstance instance = runtimeService.startProcessInstanceByKey(PROCESS_KEY, referralId, variables);
		return new Sent(referralId, instance.getId(), receiver.id(), route.receiver().name(), route.urgency().name());
	}

	private static boolean negative(Integer count) {
		return count != null && count < 0;
	}

	private static int orZero(Integer count) {
		return count == null ? 0 : count;
	}

}
