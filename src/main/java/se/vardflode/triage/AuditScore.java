package se.vardflode.triage;

/**
 * A scored AUDIT.
 *
 * @param total 0–40
 * @param band the alcohol-use band of the total for this patient
 * @param riskCutOff the lowest total that counts as risky drinking for this patient (8, 6 or 7), kept so the route
 *        decision and its history show which cut-off applied
 */
record AuditScore(int total, Band band, int riskCutOff) {

	/**
	 * Bands of the total. Risky use starts at the patient's cut-off; harmful use (16–19) and probable dependence (20
	 * and above) are the WHO zones (Babor et al., "AUDIT: Guidelines for Use in Primary Care", 2nd ed., WHO 2001) and
	 * the same for everyone.
	 */
	enum Band {
		/** Below the patient's risk cut-off. */
		LOW_RISK("låg risk"),
		/** Riskbruk: from the patient's risk cut-off up to 15. */
		RISKY_USE("riskbruk"),
		/** Skadligt bruk: 16–19. */
		HARMFUL_USE("skadligt bruk"),
		/** Troligt alkoholberoende: 20 and above. */
		PROBABLE_DEPENDENCE("troligt alkoholberoende");

		/** As Swedish clinicians name the band. */
		final String label;

		Band(String label) {
			this.label = label;
		}
	}

}
