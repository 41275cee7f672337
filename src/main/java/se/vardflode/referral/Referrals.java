package se.vardflode.referral;

import java.time.Instant;
import java.util.Date;
import java.util.Map;
import java.util.UUID;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.variable.VariableMap;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.vardflode.api.ApiProblem;
import se.vardflode.identity.CareUnit;
import se.vardflode.identity.CareUnits;
import se.vardflode.kernel.CareTime;
import se.vardflode.kernel.PatientName;
import se.vardflode.kernel.ProcessVariable;
import se.vardflode.referral.ReferralTypes.Urgency;

/** Routes a checked referral and starts its process — or refuses it and leaves nothing behind. */
@Service
class Referrals {

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
	Sent send(ReferralRules.Referral referral) {
		Instant now = CareTime.now();
		ReferralRequest request = referral.request();
		CareUnit sender = referral.sender();
		// the routing table's facts; whether earlier treatments count as resistance is the table's to say
		VariableMap facts = ProcessVariable.with(ReferralProcess.DIRECTION, request.direction().name())
			.with(ReferralProcess.DIAGNOSIS_GROUP, referral.diagnosis().group().name())
			.with(ReferralProcess.SEVERITY, request.severity().name())
			.with(ReferralProcess.AGE, referral.patient().ageOn(CareTime.dayOf(now)))
			.with(ReferralProcess.SUICIDE_RISK, request.suicideRisk().name())
			.with(ReferralProcess.FAILED_ANTIDEPRESSANT_TRIALS, orZero(request.failedAntidepressantTrials()))
			.with(ReferralProcess.FAILED_PSYCHOLOGICAL_TREATMENTS, orZero(request.failedPsychologicalTreatments()))
			.with(ReferralProcess.PSYCHOTIC_SYMPTOMS, Boolean.TRUE.equals(request.psychoticSymptoms()))
			.asMap();
		ReferralRouting.Route route = routing.route(facts);
		CareUnit receiver = careUnits.get(settings.receivers().get(route.receiver()));
		if (receiver.id().equals(sender.id())) {
			throw ApiProblem.ruleViolation("referral-to-own-unit", "Remiss till egen enhet", "Enligt remissriktlinjerna ska "
					+ sender.name() + " själv ta hand om patienten: remissen skulle gå till den egna enheten.");
		}

		String referralId = UUID.randomUUID().toString();
		VariableMap variables = ProcessVariable.with(ReferralProcess.REFERRAL_ID, referralId)
			.with(ReferralProcess.PERSONNUMMER, referral.patient().value())
			.withOptional(ReferralProcess.PATIENT_NAME, PatientName.ofOptional(request.patientName()).map(PatientName::value))
			.with(ReferralProcess.PATIENT_EMAIL, referral.patientEmail().value())
			.with(ReferralProcess.SENDING_UNIT_ID, sender.id())
			.with(ReferralProcess.SENDING_UNIT_NAME, sender.name())
			.with(ReferralProcess.RECEIVING_UNIT_ID, receiver.id())
			.with(ReferralProcess.RECEIVING_UNIT_NAME, receiver.name())
			.with(ReferralProcess.REQUEST_TYPE, request.request().name())
			.with(ReferralProcess.REASON, request.reason())
			.with(ReferralProcess.DIAGNOSIS_CODE, referral.diagnosis().value())
			.with(ReferralProcess.RECOMMENDED_FOLLOW_UP, request.recommendedFollowUp())
			.with(ReferralProcess.URGENCY, route.urgency().name())
			.with(ReferralProcess.ASSESSMENT_DUE_AT, Date.from(now.plus(route.urgency() == Urgency.URGENT
					? settings.urgentAssessmentDeadline() : settings.assessmentDeadline())))
			.with(ReferralProcess.INTERIM_CHECK_CYCLE, settings.interimCheckCycle())
			.with(ReferralProcess.CARE_GUARANTEE_WARNING_AFTER, settings.careGuaranteeWarning().toString())
			.with(ReferralProcess.CARE_GUARANTEE_LIMIT, settings.careGuaranteeLimit().toString())
			.with(ReferralProcess.RETURN_COUNT, 0)
			.asMap();
		variables.putAll(facts);
		ProcessInstance instance = runtimeService.startProcessInstanceByKey(ReferralProcess.KEY, referralId, variables);
		return new Sent(referralId, instance.getId(), receiver.id(), route.receiver().name(), route.urgency().name());
	}

	private static Integer orZero(Integer count) {
		return count == null ? 0 : count;
	}

}
