package se.vardflode.referral;

import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.Authentication;

import se.vardflode.referral.ReferralTypes.Direction;
import se.vardflode.referral.ReferralTypes.Request;
import se.vardflode.referral.ReferralTypes.Severity;
import se.vardflode.referral.ReferralTypes.SuicideRisk;

/** Referrals the tests send, in the domain's words. */
final class ReferralFixtures {

	static final String HEALTH_CENTRE = "vc-gavle";
	static final String PSYCHIATRY = "psykiatri-gavleborg";
	static final String PSYCHIATRIC_EMERGENCY = "psykiatri-akut-gavle";
	static final String PATIENT_EMAIL = "patient@example.invalid";

	private ReferralFixtures() {
	}

	/** A severe depressive episode: the health centre asks psychiatry to take over. */
	static ReferralRequest severeDepressionForTakeover() {
		return new ReferralRequest("19121212-1212", PATIENT_EMAIL, HEALTH_CENTRE, Direction.PRIMARY_TO_PSYCHIATRY, Request.TAKEOVER,
				"Svår depressiv episod utan effekt av insatt behandling", "F32.2", Severity.SEVERE, SuicideRisk.MODERATE, 1, 0, false, null, "Tolvan Tolvansson");
	}

	/** The same patient, for a consultation only. */
	static ReferralRequest severeDepressionForConsultation() {
		ReferralRequest takeover = severeDepressionForTakeover();
		return new ReferralRequest(takeover.personnummer(), takeover.patientEmail(), takeover.sendingUnitId(), takeover.direction(),
				Request.CONSULTATION, "Konsultation om läkemedelsval", takeover.diagnosisCode(), takeover.severity(), takeover.suicideRisk(),
				1, 0, false, null, takeover.patientName());
	}

	/** High suicide risk: the psychiatric emergency unit, urgently. */
	static ReferralRequest highSuicideRisk() {
		return new ReferralRequest("19121212-1212", PATIENT_EMAIL, HEALTH_CENTRE, Direction.PRIMARY_TO_PSYCHIATRY, Request.TAKEOVER,
				"Uttalade suicidtankar med plan", "F32.2", Severity.SEVERE, SuicideRisk.HIGH, 0, 0, false, null, null);
	}

	/** Mild anxiety: the guidance keeps it in primary care, the sender's own level. */
	static ReferralRequest mildAnxiety() {
		return new ReferralRequest("19121212-1212", PATIENT_EMAIL, HEALTH_CENTRE, Direction.PRIMARY_TO_PSYCHIATRY, Request.TAKEOVER,
				"Oro och sömnproblem", "F41.1", Severity.MILD, SuicideRisk.LOW, 0, 0, false, null, null);
	}

	/** A mild depression: the health centre asks psychiatry's advice and keeps the patient. */
	static ReferralRequest mildDepressionForConsultation() {
		return new ReferralRequest("19121212-1212", PATIENT_EMAIL, HEALTH_CENTRE, Direction.PRIMARY_TO_PSYCHIATRY, Request.CONSULTATION,
				"Val av antidepressivt läkemedel vid lindrig depression", "F32.0", Severity.MILD, SuicideRisk.LOW, 0, 0, false, null, null);
	}

	/** Psychiatry hands a stable patient back to the health centre. */
	static ReferralRequest returnToPrimaryCare() {
		return new ReferralRequest("19890101-9805", PATIENT_EMAIL, PSYCHIATRY, Direction.PSYCHIATRY_TO_PRIMARY, Request.TAKEOVER,
				"Stabil efter behandling, åter till vårdcentralen", "F32.1", Severity.MODERATE, SuicideRisk.LOW, 0, 0, false,
				"Uppföljning av sertralin var tredje månad", "Lova Testsson");
	}

	/** The same return, with high suicide risk: the health centre is phoned first. */
	static ReferralRequest returnWithHighSuicideRisk() {
		ReferralRequest stable = returnToPrimaryCare();
		return new ReferralRequest(stable.personnummer(), stable.patientEmail(), stable.sendingUnitId(), stable.direction(), stable.request(),
				"Uttalade suicidtankar, vill inte fortsätta på psykiatrin", stable.diagnosisCode(), Severity.SEVERE, SuicideRisk.HIGH, 0, 0,
				false, stable.recommendedFollowUp(), stable.patientName());
	}

	/** A referral for a patient who gave no e-mail address. */
	static ReferralRequest withoutEmail(ReferralRequest request) {
		return new ReferralRequest(request.personnummer(), null, request.sendingUnitId(), request.direction(), request.request(), request.reason(),
				request.diagnosisCode(), request.severity(), request.suicideRisk(), request.failedAntidepressantTrials(),
				request.failedPsychologicalTreatments(), request.psychoticSymptoms(), request.recommendedFollowUp(), request.patientName());
	}

	static Authentication healthCentreDoctor() {
		return new TestingAuthenticationToken("vc.anders", null, "GROUP_" + HEALTH_CENTRE);
	}

}
