package se.vardflode.triage;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import se.vardflode.kernel.EmailAddress;
import se.vardflode.kernel.PatientName;
import se.vardflode.kernel.Personnummer;
import se.vardflode.referral.ReferralEntry;
import se.vardflode.referral.ReferralTypes.Request;
import se.vardflode.referral.ReferralTypes.Severity;
import se.vardflode.referral.ReferralTypes.SuicideRisk;

/**
 * The triage's two decisions that lead into the referral pathway, as service tasks of pst-triage.bpmn: the referral is
 * started in the same transaction as the decision, carrying what the triage found, or the decision does not commit.
 * <ul>
 * <li>{@code sendUrgentReferral} (the physician's "Remiss till akutpsykiatrin"): sent at once to the psychiatric
 * emergency unit as documentation; the physician's phone call is the triage's own task beside it.</li>
 * <li>{@code draftPsychiatryReferral} (PST's "Remiss till psykiatrin"): the health centre's physician gets "Skriv remiss",
 * prefilled; the referral is sent, and vårdgarantin's 90 days start, when she sends it.</li>
 * </ul>
 */
@Configuration(proxyBeanMethods = false)
class StartReferralDelegates {

	@Bean
	JavaDelegate sendUrgentReferralDelegate(ReferralEntry referrals) {
		return execution -> {
			ReferralEntry.Started started = referrals.sendUrgent(new ReferralEntry.UrgentReferral(patient(execution), name(execution),
					email(execution), TriageProcess.HEALTH_CENTRE_UNIT_ID.from(execution),
					"Akut suicidrisk vid läkarbedömning samma dag. " + orEmpty(TriageProcess.PHYSICIAN_NOTE.optionalFrom(execution).orElse(null)),
					SuicideRisk.HIGH, null, summary(execution)));
			TriageProcess.URGENT_REFERRAL_ID.set(execution, started.referralId());
		};
	}

	@Bean
	JavaDelegate draftPsychiatryReferralDelegate(ReferralEntry referrals) {
		return execution -> {
			ReferralEntry.Started started = referrals.draftForPhysician(new ReferralEntry.ReferralDraft(patient(execution), name(execution),
					email(execution), TriageProcess.HEALTH_CENTRE_UNIT_ID.from(execution), Request.TAKEOVER,
					"PST föreslår remiss till psykiatrin. " + orEmpty(TriageProcess.PST_NOTE.optionalFrom(execution).orElse(null)), severity(execution), null, null,
					summary(execution)));
			TriageProcess.REFERRAL_DRAFT_ID.set(execution, started.referralId());
		};
	}

	private static Personnummer patient(DelegateExecution execution) {
		return Personnummer.fromStorage(TriageProcess.PERSONNUMMER.from(execution));
	}

	private static PatientName name(DelegateExecution execution) {
		return PatientName.ofOptional(TriageProcess.PATIENT_NAME.optionalFrom(execution).orElse(null)).orElse(null);
	}

	private static EmailAddress email(DelegateExecution execution) {
		return EmailAddress.ofOptional(TriageProcess.PATIENT_EMAIL.optionalFrom(execution).orElse(null)).orElse(null);
	}

	/** The episode's severity from PHQ-9 (10–14 moderate, 15 and over severe), if she answered it. */
	private static Severity severity(DelegateExecution execution) {
		Integer phq9 = TriageProcess.PHQ9_TOTAL.optionalFrom(execution).orElse(null);
		if (phq9 == null) {
			return null;
		}
		return phq9 >= 15 ? Severity.SEVERE : phq9 >= 10 ? Severity.MODERATE : Severity.MILD;
	}

	/** What the triage found, for the referral's tasks: the contact reason, the nurse's note and the scores. */
	private static String summary(DelegateExecution execution) {
		List<String> lines = new ArrayList<>();
		lines.add("Kontaktorsak: " + orEmpty(TriageProcess.CONTACT_REASON.optionalFrom(execution).orElse(null)));
		lines.add("Sjuksköterskans bedömning: " + orEmpty(TriageProcess.ASSESSMENT.optionalFrom(execution).orElse(null)));
		score(lines, "PHQ-9", TriageProcess.PHQ9_TOTAL.optionalFrom(execution).orElse(null));
		score(lines, "GAD-7", TriageProcess.GAD7_TOTAL.optionalFrom(execution).orElse(null));
		score(lines, "AUDIT", TriageProcess.AUDIT_TOTAL.optionalFrom(execution).orElse(null));
		score(lines, "DUDIT", TriageProcess.DUDIT_TOTAL.optionalFrom(execution).orElse(null));
		return String.join("\n", lines);
	}

	private static void score(List<String> lines, String instrument, Integer total) {
		if (total != null) {
			lines.add(instrument + ": " + total);
		}
	}

	private static String orEmpty(String text) {
		return text == null ? "" : text;
	}

}
