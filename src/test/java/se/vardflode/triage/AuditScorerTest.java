package se.vardflode.triage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static se.vardflode.triage.AuditScorer.AUDIT;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import se.vardflode.triage.AuditScore.Band;
import se.vardflode.triage.InvalidAnswerException.Problem;

class AuditScorerTest {

	static final int MIDDLE_AGED = 40;

	AuditScorer scorer = new AuditScorer();

	@Test
	void seven_points_is_below_the_risk_cut_off_for_a_man() {
		AuditScore score = scorer.score(totalling(7), Sex.MALE, MIDDLE_AGED);

		assertThat(score.riskCutOff()).isEqualTo(8);
		assertThat(score.band()).isEqualTo(Band.LOW_RISK);
	}

	@Test
	void seven_points_is_risky_drinking_for_a_woman() {
		AuditScore score = scorer.score(totalling(7), Sex.FEMALE, MIDDLE_AGED);

		assertThat(score.riskCutOff()).isEqualTo(6);
		assertThat(score.band()).isEqualTo(Band.RISKY_USE);
	}

	@Test
	void seven_points_is_risky_drinking_for_a_66_year_old_man() {
		AuditScore score = scorer.score(totalling(7), Sex.MALE, 66);

		assertThat(score.riskCutOff()).isEqualTo(7);
		assertThat(score.band()).isEqualTo(Band.RISKY_USE);
	}

	@Test
	void a_65_year_old_is_not_yet_over_65_and_keeps_the_cut_off_for_his_sex() {
		AuditScore score = scorer.score(totalling(7), Sex.MALE, 65);

		assertThat(score.riskCutOff()).isEqualTo(8);
		assertThat(score.band()).isEqualTo(Band.LOW_RISK);
	}

	@Test
	void a_66_year_old_woman_with_6_points_is_flagged_the_over_65_cut_off_never_raises_hers() {
		AuditScore score = scorer.score(totalling(6), Sex.FEMALE, 66);

		assertThat(score.riskCutOff()).isEqualTo(6);
		assertThat(score.band()).isEqualTo(Band.RISKY_USE);
	}

	@ParameterizedTest(name = "{0} points for a {1} aged {2} is {3}")
	@CsvSource({
			"7, MALE, 40, LOW_RISK", "8, MALE, 40, RISKY_USE",
			"5, FEMALE, 40, LOW_RISK", "6, FEMALE, 40, RISKY_USE",
			"6, MALE, 66, LOW_RISK", "7, MALE, 66, RISKY_USE", "5, FEMALE, 80, LOW_RISK", "6, FEMALE, 80, RISKY_USE" })
	void risky_drinking_starts_exactly_at_the_patients_cut_off(int total, Sex sex, int age, Band band) {
		assertThat(scorer.score(totalling(total), sex, age).band()).isEqualTo(band);
	}

	@ParameterizedTest(name = "a total of {0} is {1} for a {2}")
	@CsvSource({
			"15, RISKY_USE, MALE", "16, HARMFUL_USE, MALE", "19, HARMFUL_USE, MALE", "20, PROBABLE_DEPENDENCE, MALE",
			"15, RISKY_USE, FEMALE", "16, HARMFUL_USE, FEMALE", "19, HARMFUL_USE, FEMALE",
			"20, PROBABLE_DEPENDENCE, FEMALE" })
	void harmful_use_is_16_to_19_and_probable_dependence_20_or_more_for_everyone(int total, Band band, Sex sex) {
		AuditScore score = scorer.score(totalling(total), sex, MIDDLE_AGED);

		assertThat(score.total()).isEqualTo(total);
		assertThat(score.band()).isEqualTo(band);
	}

	@Test
	void highest_answers_on_every_item_give_the_maximum_total_of_40() {
		AuditScore score = scorer.score(AnswerSheet.noComplaints(AUDIT).totalling(40, 1, 10).answers(), Sex.MALE,
				MIDDLE_AGED);

		assertThat(score.total()).isEqualTo(40);
	}

	@ParameterizedTest(name = "item {0} answered \"{1}\"")
	@CsvSource({ "9, 0", "9, 2", "9, 4", "10, 0", "10, 2", "10, 4" })
	void harm_and_concern_items_score_0_2_or_4(int item, String answer) {
		AuditScore score = scorer.score(AnswerSheet.noComplaints(AUDIT).item(item, answer).answers(), Sex.MALE,
				MIDDLE_AGED);

		assertThat(score.total()).isEqualTo(Integer.parseInt(answer));
	}

	@ParameterizedTest(name = "item {0} answered \"{1}\"")
	@CsvSource({ "9, 1", "9, 3", "10, 1", "10, 3", "9, 5" })
	void harm_and_concern_items_refuse_any_other_score(int item, String answer) {
		InvalidAnswerException error = catchThrowableOfType(InvalidAnswerException.class,
				() -> scorer.score(AnswerSheet.noComplaints(AUDIT).item(item, answer).answers(), Sex.MALE,
						MIDDLE_AGED));

		assertThat(error.item()).isEqualTo("audit_q" + item);
		assertThat(error.problem()).isEqualTo(Problem.NOT_A_SCORE);
		assertThat(error).hasMessageContaining("[0, 2, 4]");
	}

	@Test
	void an_answer_above_4_on_a_frequency_item_is_an_error_naming_the_item() {
		InvalidAnswerException error = catchThrowableOfType(InvalidAnswerException.class,
				() -> scorer.score(AnswerSheet.noComplaints(AUDIT).item(1, "5").answers(), Sex.FEMALE, MIDDLE_AGED));

		assertThat(error.item()).isEqualTo("audit_q1");
		assertThat(error.problem()).isEqualTo(Problem.NOT_A_SCORE);
	}

	@Test
	void an_unanswered_item_is_an_error_naming_the_item_not_a_zero() {
		InvalidAnswerException error = catchThrowableOfType(InvalidAnswerException.class,
				() -> scorer.score(AnswerSheet.noComplaints(AUDIT).withoutItem(10).answers(), Sex.FEMALE,
						MIDDLE_AGED));

		assertThat(error.item()).isEqualTo("audit_q10");
		assertThat(error.problem()).isEqualTo(Problem.MISSING);
	}

	@Test
	void a_negative_age_is_refused() {
		assertThatIllegalArgumentException().isThrownBy(() -> scorer.score(totalling(0), Sex.MALE, -1));
	}

	private static Map<String, Object> totalling(int total) {
		return AnswerSheet.noComplaints(AUDIT).totalling(total, 1, 8).answers();
	}

}
