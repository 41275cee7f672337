package se.vardflode.referral;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;
import static se.vardflode.referral.ReferralFixtures.HEALTH_CENTRE;
import static se.vardflode.referral.ReferralFixtures.PSYCHIATRIC_EMERGENCY;
import static se.vardflode.referral.ReferralFixtures.PSYCHIATRY;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;

import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import se.vardflode.EngineClock;
import se.vardflode.Jobs;
import se.vardflode.VardflodeTest;
import se.vardflode.forms.FormValidationException;
import se.vardflode.kernel.EmailAddress;
import se.vardflode.kernel.PatientName;
import se.vardflode.kernel.Personnummer;
import se.vardflode.referral.ReferralTypes.Request;
import se.vardflode.referral.ReferralTypes.Severity;
import se.vardflode.referral.ReferralTypes.SuicideRisk;

/** What the triage pathway calls: an urgent referral now, or a prefilled draft for the health centre's physician. */
@VardflodeTest
class ReferralEntryTest {

	static final String TRIAGE_SUMMARY = "PHQ-9 22 (svår depression), fråga 9: 2. Sjuksköterskans bedömning: uttalade suicidtankar.";

	@Autowired
	ReferralEntry entry;

	Instant now = Instant.parse("2026-11-23T08:00:00Z");

	@BeforeEach
	void setUp() {
		EngineClock.setTo(now);
	}

	@Test
	void an_urgent_referral_from_triage_goes_to_the_psychiatric_emergency_unit_with_the_triages_findings() {
		ReferralEntry.Started started = entry.sendUrgent(new ReferralEntry.UrgentReferral(Personnummer.parse("19121212-1212"),
				PatientName.parse("Tolvan Tolvansson"), EmailAddress.of("patient@example.invalid"), HEALTH_CENTRE,
				"Akut suicidrisk vid triage", SuicideRisk.HIGH, null, TRIAGE_SUMMARY));
		ProcessInstance referral = instance(started);
		Jobs.runAsyncContinuations(referral.getId());

		// the physician's phone call is triage's own task: the referral is assessed at once
		assertThat(referral).isWaitingAt(ReferralProcess.INTERIM_RESPONSIBILITY, ReferralProcess.ASSESS_REFERRAL);
		assertThat(task(ReferralProcess.ASSESS_REFERRAL, referral)).hasCandidateGroup(PSYCHIATRIC_EMERGENCY)
			.hasDueDate(Date.from(now.plus(Duration.ofDays(1))));
		assertThat(runtimeService().getVariables(referral.getId())).containsEntry("urgency", "URGENT")
			.containsEntry("triageSummary", TRIAGE_SUMMARY).containsEntry("referralSentAt", Date.from(now))
			.containsEntry("acuteContact", false);
		assertThat(referral.getBusinessKey()).isEqualTo(started.referralId());
	}

	@Test
	void the_physician_finds_the_draft_prefilled_and_the_referral_counts_as_sent_when_she_sends_it() {
		ReferralEntry.Started started = entry.draftForPhysician(draft(Request.CONSULTATION, Severity.MODERATE));
		ProcessInstance referral = instance(started);

		assertThat(referral).isWaitingAt(ReferralProcess.DRAFT_REFERRAL);
		Task draft = task(ReferralProcess.DRAFT_REFERRAL, referral);
		assertThat(draft).hasCandidateGroup(HEALTH_CENTRE);
		assertThat(taskService().getVariables(draft.getId())).containsEntry("reason", "PST föreslår remiss till psykiatrin")
			.containsEntry("severity", "MODERATE").containsEntry("requestType", "CONSULTATION").doesNotContainKey("referralSentAt");

		EngineClock.setTo(now.plus(Duration.ofDays(2)));
		taskService().complete(draft.getId(), send("F32.1"));
		Jobs.runAsyncContinuations(referral.getId());

		assertThat(referral).isWaitingAt(ReferralProcess.INTERIM_RESPONSIBILITY, ReferralProcess.ASSESS_REFERRAL)
			.hasPassed("sendDraftedReferral");
		assertThat(task(ReferralProcess.ASSESS_REFERRAL, referral)).hasCandidateGroup(PSYCHIATRY);
		assertThat(runtimeService().getVariable(referral.getId(), ReferralProcess.SENT_AT.name()))
			.isEqualTo(Date.from(now.plus(Duration.ofDays(2))));
	}

	@Test
	void a_draft_takeover_the_guidance_keeps_at_the_health_centre_is_refused_naming_the_request_type() {
		ProcessInstance referral = instance(entry.draftForPhysician(draft(Request.TAKEOVER, Severity.MILD)));
		Task draft = task(ReferralProcess.DRAFT_REFERRAL, referral);
		Map<String, Object> mild = send("F32.0");
		mild.put("severity", "MILD");

		assertThatThrownBy(() -> taskService().complete(draft.getId(), mild)).isInstanceOf(FormValidationException.class)
			.hasMessageContaining("requestType: Enligt remissriktlinjerna stannar ett övertagande");

		assertThat(referral).isWaitingAt(ReferralProcess.DRAFT_REFERRAL);
	}

	@Test
	void a_draft_without_a_diagnosis_code_is_refused_naming_the_field() {
		ProcessInstance referral = instance(entry.draftForPhysician(draft(Request.TAKEOVER, Severity.SEVERE)));
		Task draft = task(ReferralProcess.DRAFT_REFERRAL, referral);

		assertThatThrownBy(() -> taskService().complete(draft.getId(), send("depression"))).isInstanceOf(FormValidationException.class)
			.hasMessageContaining("diagnosisCode: Diagnoskoden ska skrivas enligt ICD-10-SE");
	}

	@Test
	void the_health_centre_can_keep_the_patient_instead_of_sending_the_draft() {
		ProcessInstance referral = instance(entry.draftForPhysician(draft(Request.TAKEOVER, Severity.MODERATE)));

		taskService().complete(task(ReferralProcess.DRAFT_REFERRAL, referral).getId(),
				Map.of("draftDecision", "KEEP", "keepNote", "Fortsatt behandling hos PST med läkarkontakt"));

		assertThat(referral).isEnded().hasPassed("draftKeptEnd").hasNotPassed("tellPatientReferralSent");
	}

	private static ReferralEntry.ReferralDraft draft(Request request, Severity severity) {
		return new ReferralEntry.ReferralDraft(Personnummer.parse("19121212-1212"), PatientName.parse("Tolvan Tolvansson"), null,
				HEALTH_CENTRE, request, "PST föreslår remiss till psykiatrin", severity, SuicideRisk.LOW, null, TRIAGE_SUMMARY);
	}

	private static Map<String, Object> send(String diagnosisCode) {
		Map<String, Object> values = new HashMap<>();
		values.put("draftDecision", "SEND");
		values.put("diagnosisCode", diagnosisCode);
		values.put("suicideRisk", "LOW");
		return values;
	}

	private static ProcessInstance instance(ReferralEntry.Started started) {
		return runtimeService().createProcessInstanceQuery().processInstanceId(started.processInstanceId()).singleResult();
	}

}
