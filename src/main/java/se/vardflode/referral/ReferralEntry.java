package se.vardflode.referral;

import java.util.Objects;

import org.springframework.stereotype.Service;

import se.vardflode.kernel.EmailAddress;
import se.vardflode.kernel.PatientName;
import se.vardflode.kernel.Personnummer;
import se.vardflode.referral.ReferralTypes.Request;
import se.vardflode.referral.ReferralTypes.Severity;
import se.vardflode.referral.ReferralTypes.SuicideRisk;

/**
 * How another pathway starts a referral — the triage pathway's physician and PST decisions. The signatures here are
 * stable: the triage package calls them from its delegates, inside the engine's transaction, so a referral is started
 * together with the triage step that decided it, or not at all.
 *
 * <ul>
 * <li>{@link #sendUrgent}: triage's "Remiss till akutpsykiatrin". The referral is sent at once, urgent, to the
 * psychiatric emergency unit ({@code vardflode.referral.receivers.PSYCHIATRY_EMERGENCY}; child and adolescent
 * psychiatry for a patient under 18), with the sending unit holding interim responsibility. It is the documentation;
 * the physician's same-day phone call is triage's own task ("Kontakta akutpsykiatrin per telefon"), so the referral
 * asks for no second call.</li>
 * <li>{@link #draftForPhysician}: PST's "Remiss till psykiatrin". The health centre's staff get the task "Skriv remiss"
 * ({@code draftReferral}, candidate group the sending unit), prefilled with what the triage found; the physician
 * completes it and sends it, or keeps the patient. The referral counts as sent — vårdgarantin's 90 days too — only when
 * the physician sends it.</li>
 * </ul>
 * Both return the referral's id (the process instance's business key) and process instance id.
 */
@Service
public class ReferralEntry {

	/**
	 * @param patient the patient (validated at triage's entry)
	 * @param patientName the patient's name for the tasks' header, or {@code null}
	 * @param patientEmail her address for the neutral notices, or {@code null} when she gave none
	 * @param sendingUnitId the health centre that sends, a unit in {@code vardflode.units}; it holds interim
	 *        responsibility until the receiver has taken over in fact
	 * @param reason the referral's question, in the physician's words
	 * @param suicideRisk the physician's assessment of the suicide risk
	 * @param diagnosisCode ICD-10-SE code, or {@code null} when none is set yet
	 * @param triageSummary what the triage found (scores with their bands, the nurse's note), shown on every referral task
	 */
	public record UrgentReferral(Personnummer patient, PatientName patientName, EmailAddress patientEmail, String sendingUnitId,
			String reason, SuicideRisk suicideRisk, String diagnosisCode, String triageSummary) {

		public UrgentReferral {
			Objects.requireNonNull(patient, "patient");
			Objects.requireNonNull(sendingUnitId, "sendingUnitId");
			Objects.requireNonNull(reason, "reason");
			Objects.requireNonNull(suicideRisk, "suicideRisk");
			if (diagnosisCode != null && !DiagnosisCode.isValid(diagnosisCode)) {
				throw new IllegalArgumentException("Not an ICD-10-SE code: " + diagnosisCode);
			}
		}
	}

	/**
	 * The prefilled draft: what the physician finds already filled in "Skriv remiss" and can change.
	 *
	 * @param request {@code TAKEOVER} or {@code CONSULTATION}, as PST proposes
	 * @param severity the episode's severity from the triage's scores, or {@code null}
	 * @param suicideRisk the suicide risk as assessed, or {@code null}
	 * @param diagnosisCode ICD-10-SE code, or {@code null}
	 * @param triageSummary what the triage found, shown on every referral task
	 */
	public record ReferralDraft(Personnummer patient, PatientName patientName, EmailAddress patientEmail, String sendingUnitId,
			Request request, String reason, Severity severity, SuicideRisk suicideRisk, String diagnosisCode, String triageSummary) {

		public ReferralDraft {
			Objects.requireNonNull(patient, "patient");
			Objects.requireNonNull(sendingUnitId, "sendingUnitId");
			Objects.requireNonNull(request, "request");
			Objects.requireNonNull(reason, "reason");
		}
	}

	/** The started referral: its id (business key) and process instance. */
	public record Started(String referralId, String processInstanceId) {
	}

	private final Referrals referrals;

	ReferralEntry(Referrals referrals) {
		this.referrals = referrals;
	}

	/** Sends an urgent referral to the psychiatric emergency unit now; see the class comment. */
	public Started sendUrgent(UrgentReferral referral) {
		Referrals.Sent sent = referrals.sendUrgent(referral);
		return new Started(sent.referralId(), sent.processInstanceId());
	}

	/** Gives the sending unit's physician the task "Skriv remiss", prefilled; see the class comment. */
	public Started draftForPhysician(ReferralDraft draft) {
		Referrals.Sent sent = referrals.startDraft(draft);
		return new Started(sent.referralId(), sent.processInstanceId());
	}

}
