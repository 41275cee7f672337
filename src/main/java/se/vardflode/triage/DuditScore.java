package se.vardflode.triage;

/**
 * A scored DUDIT.
 *
 * @param total 0–44
 * @param band the drug-use band of the total for this patient
 * @param problemCutOff the lowest total that indicates drug-related problems for this patient (6 or 2), kept so the
 *        route decision and its history show which cut-off applied
 */
record DuditScore(int total, Band band, int problemCutOff) {

	/** Bands of the total (Berman et al. 2005, see {@link DuditScorer}). */
	enum Band {
		/** Below the patient's problem cut-off. */
		NO_DRUG_RELATED_PROBLEMS("inga drogrelaterade problem"),
		/** Sannolikt drogrelaterade problem: from the patient's cut-off up to 24. */
		DRUG_RELATED_PROBLEMS("sannolikt drogrelaterade problem"),
		/** Troligt drogberoende: 25 and above. */
		PROBABLE_DEPENDENCE("troligt drogberoende");

		/** As Swedish clinicians name the band. */
		final String label;

		Band(String label) {
			this.label = label;
		}
	}

}
