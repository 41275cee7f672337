package se.vardflode.referral;

import se.vardflode.referral.ReferralTypes.Direction;
import se.vardflode.referral.ReferralTypes.Request;
import se.vardflode.referral.ReferralTypes.Severity;
import se.vardflode.referral.ReferralTypes.SuicideRisk;

/**
 * A referral as the sending unit's staff submit it. Checked field by field in {@link Referrals}, so that one answer
 * names every bad field.
 *
 * @param failedAntidepressantTrials antidepressants tried without effect
 * @param failedPsychologicalTreatments psychological treatments tried without effect
 * @param recommendedFollowUp for return referrals: what primary care should follow up
 * @param patientName optional: the patient's name, for the header of the referral's tasks
 */
record ReferralRequest(String personnummer, String patientEmail, String sendingUnitId, Direction direction, Request request,
		String reason, String diagnosisCode, Severity severity, SuicideRisk suicideRisk, Integer failedAntidepressantTrials,
		Integer failedPsychologicalTreatments, Boolean psychoticSymptoms, String recommendedFollowUp, String patientName) {
}
