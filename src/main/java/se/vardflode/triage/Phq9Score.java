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
		MINIMAL(0, "minimal"), MILD(5, "lindrig"), MODERATE(10, "måttlig"), MODERATELY_SEVERE(15, "måttligt svår"), SEVERE(20, "svår");

		private final int lowestTotal;
		/** As Swedish clinicians name the band: "PHQ-9: 17 – måttligt svår". */
		final String label;

		Band(int lowestTotal, String label) {
			this.lowestTotal = lowestTotal;
			this.label = label;
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
