package se.vardflode.referral;

import java.time.Instant;
import java.util.Date;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.variable.VariableMap;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.vardflode.api.ApiProblem;
import se.vardflode.identity.CareUnit;
import se.vardflode.identity.CareUnits;
import se.vardflode.kernel.CareTime;
import se.vardflode.kernel.EmailAddress;
import se.vardflode.kernel.PatientName;
import se.vardflode.kernel.Personnummer;
import se.vardflode.kernel.ProcessVariable;
import se.vardflode.referral.ReferralTypes.Direction;
import se.vardflode.referral.ReferralTypes.Receiver;
import se.vardflode.referral.ReferralTypes.Request;
import se.vardflode.referral.ReferralTypes.Severity;
import se.vardflode.referral.ReferralTypes.SuicideRisk;
import se.vardflode.referral.ReferralTypes.Urgency;

/**
 * Routes a checked referral and starts its process — or refuses it and leaves nothing behind. Every way a referral
 * is sent (the API, the triage pathway, a physician's draft) ends in {@link #sendingVariables}, so that the moment
 * of sending and the deadlines counted from it are set the same way.
 */
@Service
class Referrals {

	record Sent(String referralId, String processInstanceId, String receivingUnitId, String receiver, String urgency) {
	}

	/** The routing table's facts about one referral. */
	record Facts(Direction direction, Request request, DiagnosisCode.Group group, Severity severity, int age, SuicideRisk suicideRisk,
			int failedAntidepressantTrials, int failedPsychologicalTreatments, boolean psychoticSymptoms) {

		VariableMap asMap() {
			return ProcessVariable.with(ReferralProcess.DIRECTION, direction.name())
				.with(ReferralProcess.REQUEST_TYPE, request.name())
				.with(ReferralProcess.DIAGNOSIS_GROUP, group.name())
				.with(ReferralProcess.SEVERITY, severity.name())
				.with(ReferralProcess.AGE, age)
				.with(ReferralProcess.SUICIDE_RISK, suicideRisk.name())
				.with(ReferralProcess.FAILED_ANTIDEPRESSANT_TRIALS, failedAntidepressantTrials)
				.with(ReferralProcess.FAILED_PSYCHOLOGICAL_TREATMENTS, failedPsychologicalTreatments)
				.with(ReferralProcess.PSYCHOTIC_SYMPTOMS, psychoticSymptoms)
				.asMap();
		}
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
		// whether earlier treatments count as resistance is the table's to say
		Facts facts = new Facts(request.direction(), request.request(), referral.diagnosis().group(), request.severity(),
				referral.patient().ageOn(CareTime.dayOf(now)), request.suicideRisk(), orZero(request.failedAntidepressantTrials()),
				orZero(request.failedPsychologicalTreatments()), Boolean.TRUE.equals(request.psychoticSymptoms()));
		ReferralRouting.Route route = routing.route(facts.asMap());
		CareUnit receiver = receiverFor(route.receiver());
		if (receiver.id().equals(sender.id())) {
			throw keptAtOwnUnit(sender);
		}

		String referralId = UUID.randomUUID().toString();
		VariableMap variables = patientAndSender(referralId, referral.patient(), PatientName.ofOptional(request.patientName()),
				referral.patientEmail(), sender);
		variables.putAll(facts.asMap());
		variables.putAll(ProcessVariable.with(ReferralProcess.REASON, request.reason())
			.with(ReferralProcess.DIAGNOSIS_CODE, referral.diagnosis().value())
			.with(ReferralProcess.RECOMMENDED_FOLLOW_UP, request.recommendedFollowUp())
			.asMap());
		variables.putAll(sendingVariables(now, receiver, route.urgency(), route.acuteContact()));
		ProcessInstance instance = runtimeService.startProcessInstanceByKey(ReferralProcess.KEY, referralId, variables);
		return new Sent(referralId, instance.getId(), receiver.id(), route.receiver().name(), route.urgency().name());
	}

	/**
	 * An urgent referral that a physician has decided on (triage's "Remiss till akutpsykiatrin"): the receiver is the
	 * physician's decision, not the table's — the psychiatric emergency unit, or child and adolescent psychiatry for a
	 * patient under 18 as the table's child rules say. The physician's phone call is the triage pathway's own task,
	 * so this referral asks for no second one.
	 */
	@Transactional
	Sent sendUrgent(ReferralEntry.UrgentReferral urgent) {
		Instant now = CareTime.now();
		CareUnit sender = careUnits.get(urgent.sendingUnitId());
		int age = urgent.patient().ageOn(CareTime.dayOf(now));
		Receiver receiverType = age < 18 ? Receiver.CHILD_PSYCHIATRY : Receiver.PSYCHIATRY_EMERGENCY;
		CareUnit receiver = receiverFor(receiverType);
		Optional<DiagnosisCode> diagnosis = Optional.ofNullable(urgent.diagnosisCode()).map(DiagnosisCode::parse);
		Facts facts = new Facts(Direction.PRIMARY_TO_PSYCHIATRY, Request.TAKEOVER,
				diagnosis.map(DiagnosisCode::group).orElse(DiagnosisCode.Group.OTHER), Severity.SEVERE, age, urgent.suicideRisk(), 0, 0,
				false);

		String referralId = UUID.randomUUID().toString();
		VariableMap variables = patientAndSender(referralId, urgent.patient(), Optional.ofNullable(urgent.patientName()),
				Optional.ofNullable(urgent.patientEmail()), sender);
		variables.putAll(facts.asMap());
		variables.putAll(ProcessVariable.with(ReferralProcess.REASON, urgent.reason())
			.withOptional(ReferralProcess.DIAGNOSIS_CODE, diagnosis.map(DiagnosisCode::value))
			.with(ReferralProcess.TRIAGE_SUMMARY, urgent.triageSummary())
			.asMap());
		variables.putAll(sendingVariables(now, receiver, Urgency.URGENT, false));
		ProcessInstance instance = runtimeService.startProcessInstanceByKey(ReferralProcess.KEY, referralId, variables);
		return new Sent(referralId, instance.getId(), receiver.id(), receiverType.name(), Urgency.URGENT.name());
	}

	/** A referral the sending unit's physician writes and sends: the task "Skriv remiss", prefilled. Not sent yet. */
	@Transactional
	Sent startDraft(ReferralEntry.ReferralDraft draft) {
		CareUnit sender = careUnits.get(draft.sendingUnitId());
		String referralId = UUID.randomUUID().toString();
		VariableMap variables = patientAndSender(referralId, draft.patient(), Optional.ofNullable(draft.patientName()),
				Optional.ofNullable(draft.patientEmail()), sender);
		variables.putAll(ProcessVariable.with(ReferralProcess.DIRECTION, Direction.PRIMARY_TO_PSYCHIATRY.name())
			.with(ReferralProcess.REQUEST_TYPE, draft.request().name())
			.with(ReferralProcess.REASON, draft.reason())
			.withOptional(ReferralProcess.SEVERITY, Optional.ofNullable(draft.severity()).map(Enum::name))
			.withOptional(ReferralProcess.SUICIDE_RISK, Optional.ofNullable(draft.suicideRisk()).map(Enum::name))
			.withOptional(ReferralProcess.DIAGNOSIS_CODE, Optional.ofNullable(draft.diagnosisCode()))
			.with(ReferralProcess.TRIAGE_SUMMARY, draft.triageSummary())
			.with(ReferralProcess.AGE, draft.patient().ageOn(CareTime.today()))
			.asMap());
		ProcessInstance instance = runtimeService.createMessageCorrelation(ReferralProcess.DRAFT_REQUESTED_MESSAGE)
			.processInstanceBusinessKey(referralId)
			.setVariables(variables)
			.correlateStartMessage();
		return new Sent(referralId, instance.getId(), null, null, null);
	}

	/**
	 * "Skicka remissen" after the physician's draft: routes what the physician wrote, as the API would. The draft's
	 * form rule ({@link ReferralDraftRule}) has already refused a referral the table keeps at the sender's own unit.
	 */
	void sendDraft(VariableScope execution) {
		Facts facts = draftFacts(execution);
		ReferralRouting.Route route = routing.route(facts.asMap());
		CareUnit receiver = receiverFor(route.receiver());
		if (receiver.id().equals(ReferralProcess.SENDING_UNIT_ID.from(execution))) {
			throw new IllegalStateException("The draft of referral " + ReferralProcess.REFERRAL_ID.from(execution)
					+ " routes to its own unit; the draft's form rule should have refused it");
		}
		VariableMap variables = facts.asMap();
		variables.putAll(sendingVariables(CareTime.now(), receiver, route.urgency(), route.acuteContact()));
		execution.setVariables(variables);
	}

	private Facts draftFacts(VariableScope execution) {
		return draftFacts(execution::getVariable);
	}

	/** The routing table's facts from a draft's variables, read by name. */
	static Facts draftFacts(Function<String, Object> variable) {
		String code = (String) variable.apply(ReferralProcess.DIAGNOSIS_CODE.name());
		return new Facts(Direction.PRIMARY_TO_PSYCHIATRY, Request.valueOf((String) variable.apply(ReferralProcess.REQUEST_TYPE.name())),
				DiagnosisCode.isValid(code) ? DiagnosisCode.parse(code).group() : DiagnosisCode.Group.OTHER,
				Severity.valueOf((String) variable.apply(ReferralProcess.SEVERITY.name())),
				((Number) variable.apply(ReferralProcess.AGE.name())).intValue(),
				SuicideRisk.valueOf((String) variable.apply(ReferralProcess.SUICIDE_RISK.name())),
				count(variable.apply(ReferralProcess.FAILED_ANTIDEPRESSANT_TRIALS.name())),
				count(variable.apply(ReferralProcess.FAILED_PSYCHOLOGICAL_TREATMENTS.name())),
				Boolean.TRUE.equals(variable.apply(ReferralProcess.PSYCHOTIC_SYMPTOMS.name())));
	}

	private VariableMap patientAndSender(String referralId, Personnummer patient, Optional<PatientName> name,
			Optional<EmailAddress> email, CareUnit sender) {
		return ProcessVariable.with(ReferralProcess.REFERRAL_ID, referralId)
			.with(ReferralProcess.PERSONNUMMER, patient.value())
			.withOptional(ReferralProcess.PATIENT_NAME, name.map(PatientName::value))
			// a patient without e-mail is still referred: the patient's mails are then left out, nothing else
			.with(ReferralProcess.PATIENT_EMAIL, email.map(EmailAddress::value).orElse(null))
			.with(ReferralProcess.SENDING_UNIT_ID, sender.id())
			.with(ReferralProcess.SENDING_UNIT_NAME, sender.name())
			.with(ReferralProcess.ADVISERS_UNIT_ID, careUnits.get(settings.advisersUnit()).id())
			.asMap();
	}

	/**
	 * What every sent referral carries: its receiver, the moment it was sent and the deadlines counted from it —
	 * vårdgarantin's from {@link ReferralProcess#SENT_AT}, in calendar days — and the bounce counters at zero.
	 */
	private VariableMap sendingVariables(Instant now, CareUnit receiver, Urgency urgency, boolean acuteContact) {
		return ProcessVariable.with(ReferralProcess.RECEIVING_UNIT_ID, receiver.id())
			.with(ReferralProcess.RECEIVING_UNIT_NAME, receiver.name())
			.with(ReferralProcess.URGENCY, urgency.name())
			.with(ReferralProcess.ACUTE_CONTACT, acuteContact)
			.with(ReferralProcess.ACUTE_CONTACT_DUE_AT, Date.from(now.plus(settings.acuteContactDeadline())))
			.with(ReferralProcess.ASSESSMENT_DUE_AT, Date.from(now.plus(urgency == Urgency.URGENT
					? settings.urgentAssessmentDeadline() : settings.assessmentDeadline())))
			.with(ReferralProcess.SENT_AT, Date.from(now))
			.with(ReferralProcess.CARE_GUARANTEE_WARNING_AT, Date.from(CareTime.plus(now, settings.careGuaranteeWarning())))
			.with(ReferralProcess.CARE_GUARANTEE_DUE_AT, Date.from(CareTime.plus(now, settings.careGuaranteeLimit())))
			.with(ReferralProcess.INTERIM_CHECK_CYCLE, settings.interimCheckCycle())
			.with(ReferralProcess.RETURN_COUNT, 0)
			.with(ReferralProcess.MORE_INFORMATION_COUNT, 0)
			.with(ReferralProcess.BOUNCE_COUNT, 0)
			.asMap();
	}

	private CareUnit receiverFor(Receiver receiver) {
		return careUnits.get(settings.receivers().get(receiver));
	}

	static ApiProblem keptAtOwnUnit(CareUnit sender) {
		return ApiProblem.ruleViolation("referral-to-own-unit", "Remiss till egen enhet", "Enligt remissriktlinjerna ska "
				+ sender.name() + " själv ta hand om patienten: remissen skulle gå till den egna enheten. En konsultation går alltid att skicka.");
	}

	private static int count(Object value) {
		return value instanceof Number number ? number.intValue() : 0;
	}

	private static Integer orZero(Integer count) {
		return count == null ? 0 : count;
	}

}
