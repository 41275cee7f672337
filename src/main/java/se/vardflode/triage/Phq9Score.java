package se.vardflode.triage;

/**
 * A scored PHQ-9.
 *
 * @param total 0–27
 * @param band the depression severity band of the total
 * @param suicideRiskSignal item 9 (thoughts of being better off dead or of self-harm) was answered above 0
 */
record Phq9Score(int total, Band band, boolean suicideRiskSignal) {

	/**
	 * Severity bands of the total, lowest score of each band as in Kroenke, Spitzer &amp; Williams, "The PHQ-9: validity
	 * of a brief depression severity measure", J Gen Intern Med 2001;16:606–613, table 3: 0–4, 5–9, 10–14, 15–19, 20–27.
	 */
	enum Band {
		MINIMAL(0), MILD(5), MODERATE(10), MODERATELY_SEVERE(15), SEVERE(20);

		private final int lowestTotal;

		Band(int lowestTotal) {
			this.lowestTotal = lowestTotal;
		}

		static Band of(int total) {
			Band band = MINIMAL;
			for (Band candidate : values()) {
				if (total >= candidate.lowestTotal) {
					band = candidate;
				}
			}
			return band;
		}
	}

}
