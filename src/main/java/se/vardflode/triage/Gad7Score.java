package se.vardflode.triage;

/**
 * A scored GAD-7.
 *
 * @param total 0–21
 * @param band the anxiety severity band of the total
 */
record Gad7Score(int total, Band band) {

	/**
	 * Severity bands of the total with the cut points 5, 10 and 15 of Spitzer, Kroenke, Williams &amp; Löwe, "A brief
	 * measure for assessing generalized anxiety disorder: the GAD-7", Arch Intern Med 2006;166:1092–1097.
	 */
	enum Band {
		MINIMAL(0, "minimal"), MILD(5, "lindrig"), MODERATE(10, "måttlig"), SEVERE(15, "svår");

		private final int lowestTotal;
		/** As Swedish clinicians name the band: "GAD-7: 12 – måttlig". */
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
