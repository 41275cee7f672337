package se.vardflode.referral;

/** The vocabulary of a referral, as the API and the models spell it. */
public final class ReferralTypes {

	private ReferralTypes() {
	}

	enum Direction {
		PRIMARY_TO_PSYCHIATRY, PSYCHIATRY_TO_PRIMARY
	}

	/** Consultation: the receiver advises, the patient stays; takeover: the receiver takes the patient over. */
	public enum Request {
		CONSULTATION, TAKEOVER
	}

	public enum Severity {
		MILD, MODERATE, SEVERE
	}

	public enum SuicideRisk {
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
