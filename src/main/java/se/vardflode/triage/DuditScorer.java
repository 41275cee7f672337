package se.vardflode.triage;

import java.util.List;
import java.util.Map;

/**
 * Scores DUDIT (Drug Use Disorders Identification Test; Berman, Bergman, Palmstierna &amp; Schlyter, Karolinska
 * Institutet) as the patient answered it in {@code forms/dudit.form}. Items 1–9 are scored 0–4 and items 10–11 only 0,
 * 2 or 4, so the total is 0–44 (the DUDIT manual). Answers are read as {@link Questionnaire} describes.
 */
final class DuditScorer {

	static final Questionnaire DUDIT = new Questionnaire("DUDIT", "dudit", 11,
			item -> item <= 9 ? Questionnaire.zeroTo(4) : List.of(0, 2, 4));

	/**
	 * 25 and above indicates probable drug dependence, for women and men alike (Berman, Bergman, Palmstierna &amp;
	 * Schlyter, "Evaluation of the Drug Use Disorders Identification Test (DUDIT) in criminal justice and detoxification
	 * settings and in a Swedish population sample", Eur Addict Res 2005;11:22–31).
	 */
	private static final int PROBABLE_DEPENDENCE_FROM = 25;

	DuditScore score(Map<String, ?> answers, Sex sex) {
		int total = DUDIT.read(answers).total();
		int problemCutOff = problemCutOff(sex);
		return new DuditScore(total, band(total, problemCutOff), problemCutOff);
	}

	/**
	 * 6 and above for men, 2 and above for women indicates drug-related problems (Berman et al. 2005, as the
	 * Socialstyrelsen method guide for DUDIT gives them). The lower cut-offs the manual suggests for 16–25-year-olds are
	 * preliminary and not used here.
	 */
	static int problemCutOff(Sex sex) {
		return switch (sex) {
			case MALE -> 6;
			case FEMALE -> 2;
		};
	}

	private static DuditScore.Band band(int total, int problemCutOff) {
		if (total >= PROBABLE_DEPENDENCE_FROM) {
			return DuditScore.Band.PROBABLE_DEPENDENCE;
		}
		return total >= problemCutOff ? DuditScore.Band.DRUG_RELATED_PROBLEMS : DuditScore.Band.NO_DRUG_RELATED_PROBLEMS;
	}

}
