package se.vardflode.referral;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;

import se.vardflode.kernel.constraints.Email;
import se.vardflode.kernel.constraints.PatientName;
import se.vardflode.kernel.constraints.Personnummer;
import se.vardflode.referral.ReferralTypes.Direction;
import se.vardflode.referral.ReferralTypes.Request;
import se.vardflode.referral.ReferralTypes.Severity;
import se.vardflode.referral.ReferralTypes.SuicideRisk;

/**
 * A referral as the sending unit's staff submit it to {@code POST /api/referrals}. Each field's own form is checked
 * here, the sending unit, the diagnosis code and what a return referral needs by {@link ReferralRules}, in the same
 * answer.
 *
 * @param failedAntidepressantTrials antidepressants tried without effect
 * @param failedPsychologicalTreatments psychological treatments tried without effect
 * @param recommendedFollowUp for return referrals: what primary care should follow up
 * @param patientEmail optional: the patient's address for the neutral notices; a patient without e-mail is referred all the same
 * @param patientName optional: the patient's name, for the header of the referral's tasks
 */
record ReferralRequest(@Personnummer String personnummer,
		@Email(message = "{referral.patientEmail.invalid}") String patientEmail,
		String sendingUnitId, @NotNull(message = "{referral.direction.missing}") Direction direction,
		@NotNull(message = "{referral.request.missing}") Request request,
		@NotBlank(message = "{referral.reason.missing}") String reason, String diagnosisCode,
		@NotNull(message = "{referral.severity.missing}") Severity severity,
		// every referral here goes to psychiatry or is a return referral: both need a suicide-risk assessment
		@NotNull(message = "{referral.suicideRisk.missing}") SuicideRisk suicideRisk,
		@PositiveOrZero(message = "{referral.treatments.negative}") Integer failedAntidepressantTrials,
		@PositiveOrZero(message = "{referral.treatments.negative}") Integer failedPsychologicalTreatments, Boolean psychoticSymptoms,
		String recommendedFollowUp, @PatientName String patientName) {
}
