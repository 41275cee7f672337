package se.vardflode.referral;

/** The vocabulary of a referral, as the API and the models spell it. */
final class ReferralTypes {

	private ReferralTypes() {
	}

	enum Direction {
		PRIMARY_TO_PSYCHIATRY, PSYCHIATRY_TO_PRIMARY
	}

	enum Request {
		CONSULTATION, TAKEOVER
	}

	enum Severity {
		MILD, MODERATE, SEVERE
	}

	enum SuicideRisk {
		LOW, MODERATE, HIGH, UNCLEAR
	}

	/** Who receives, as the routing table names it; which unit that is comes from configuration. */
	enum Receiver {
		PRIMARY_CARE, PSYCHIATRY_OUTPATIENT, PSYCHIATRY_EMERGENCY, CHILD_PSYCHIATRY
	}

	enum Urgency {
		NORMAL, URGENT
	}

}
