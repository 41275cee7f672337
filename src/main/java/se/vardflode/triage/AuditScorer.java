package se.vardflode.triage;

import java.util.List;
import java.util.Map;

/**
 * Scores AUDIT (Alcohol Use Disorders Identification Test) as the patient answered it in {@code forms/audit.form}.
 * Items 1–8 are scored 0–4 and items 9–10 only 0, 2 or 4 (WHO 2001; the Swedish version keeps the scoring), so the
 * total is 0–40. Answers are read as {@link Questionnaire} describes.
 */
final class AuditScorer {

	static final Questionnaire AUDIT = new Questionnaire("AUDIT", "audit", 10,
			item -> item <= 8 ? Questionnaire.zeroTo(4) : List.of(0, 2, 4));

	private static final int HARMFUL_USE_FROM = 16;
	private static final int PROBABLE_DEPENDENCE_FROM = 20;

	/**
	 * @param age the patient's age in whole years when answering
	 */
	AuditScore score(Map<String, ?> answers, Sex sex, int age) {
		int total = AUDIT.read(answers).total();
		int riskCutOff = riskCutOff(sex, age);
		return new AuditScore(total, band(total, riskCutOff), riskCutOff);
	}

	/**
	 * The risk cut-off: 8 for men and 6 for women (WHO 2001 and the Swedish guidance from Folkhälsomyndigheten and
	 * Karolinska Institutet), and 7 for anyone over 65, as Swedish clinical guidance recommends for older patients
	 * (issue 4). "Over 65" means 66 years or older.
	 */
	static int riskCutOff(Sex sex, int age) {
		if (age < 0) {
			throw new IllegalArgumentException("age must not be negative: " + age);
		}
		if (age > 65) {
			return 7;
		}
		return switch (sex) {
			case MALE -> 8;
			case FEMALE -> 6;
		};
	}

	private static AuditScore.Band band(int total, int riskCutOff) {
		if (total >= PROBABLE_DEPENDENCE_FROM) {
			return AuditScore.Band.PROBABLE_DEPENDENCE;
		}
		if (total >= HARMFUL_USE_FROM) {
			return AuditScore.Band.HARMFUL_USE;
		}
		return total >= riskCutOff ? AuditScore.Band.RISKY_USE : AuditScore.Band.LOW_RISK;
	}

}
