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

	static Authentication healthCentreDoctor() {
		return new TestingAuthenticationToken("vc.anders", null, "GROUP_" + HEALTH_CENTRE);
	}

}
