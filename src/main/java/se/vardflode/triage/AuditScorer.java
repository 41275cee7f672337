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
	 * The risk cut-off. Under 66: 8 for men and 6 for women (WHO, Babor et al. 2001, "AUDIT: Guidelines for Use in
	 * Primary Care"; Folkhälsomyndigheten and Karolinska Institutet, "AUDIT – manual", which give 6 for women and 8 for
	 * men). Over 65 (66 years or older): 7 for men — the sources for older patients (Socialstyrelsen, "Nationella
	 * riktlinjer för vård och stöd vid missbruk och beroende", and Folkhälsomyndigheten's AUDIT manual: "7 poäng för
	 * personer över 65 år") lower the cut-off because tolerance falls with age, and name no sex. A lowered cut-off
	 * must never raise a woman's: hers stays 6, the lower of the two.
	 */
	static int riskCutOff(Sex sex, int age) {
		if (age < 0) {
			throw new IllegalArgumentException("age must not be negative: " + age);
		}
		int adult = switch (sex) {
			case MALE -> 8;
			case FEMALE -> 6;
		};
		return age > 65 ? Math.min(adult, 7) : adult;
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
