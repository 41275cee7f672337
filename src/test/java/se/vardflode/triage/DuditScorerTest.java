package se.vardflode.triage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static se.vardflode.triage.DuditScorer.DUDIT;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import se.vardflode.triage.DuditScore.Band;
import se.vardflode.triage.InvalidAnswerException.Problem;

class DuditScorerTest {

	DuditScorer scorer = new DuditScorer();

	@Test
	void one_point_is_below_the_problem_cut_off_for_a_woman() {
		DuditScore score = scorer.score(totalling(1), Sex.FEMALE);

		assertThat(score.problemCutOff()).isEqualTo(2);
		assertThat(score.band()).isEqualTo(Band.NO_DRUG_RELATED_PROBLEMS);
	}

	@Test
	void two_points_indicate_drug_related_problems_for_a_woman() {
		assertThat(scorer.score(totalling(2), Sex.FEMALE).band()).isEqualTo(Band.DRUG_RELATED_PROBLEMS);
	}

	@Test
	void five_points_is_below_the_problem_cut_off_for_a_man() {
		DuditScore score = scorer.score(totalling(5), Sex.MALE);

		assertThat(score.problemCutOff()).isEqualTo(6);
		assertThat(score.band()).isEqualTo(Band.NO_DRUG_RELATED_PROBLEMS);
	}

	@Test
	void six_points_indicate_drug_related_problems_for_a_man() {
		assertThat(scorer.score(totalling(6), Sex.MALE).band()).isEqualTo(Band.DRUG_RELATED_PROBLEMS);
	}

	@ParameterizedTest(name = "a total of {0} is {1} for a {2}")
	@CsvSource({
			"24, DRUG_RELATED_PROBLEMS, MALE", "25, PROBABLE_DEPENDENCE, MALE",
			"24, DRUG_RELATED_PROBLEMS, FEMALE", "25, PROBABLE_DEPENDENCE, FEMALE" })
	void probable_dependence_starts_at_25_for_everyone(int total, Band band, Sex sex) {
		DuditScore score = scorer.score(totalling(total), sex);

		assertThat(score.total()).isEqualTo(total);
		assertThat(score.band()).isEqualTo(band);
	}

	@Test
	void highest_answers_on_every_item_give_the_maximum_total_of_44() {
		DuditScore score = scorer.score(AnswerSheet.noComplaints(DUDIT).totalling(44, 1, 11).answers(), Sex.MALE);

		assertThat(score.total()).isEqualTo(44);
		assertThat(score.band()).isEqualTo(Band.PROBABLE_DEPENDENCE);
	}

	@ParameterizedTest(name = "item {0} answered \"{1}\"")
	@CsvSource({ "10, 0", "10, 2", "10, 4", "11, 0", "11, 2", "11, 4" })
	void harm_and_concern_items_score_0_2_or_4(int item, String answer) {
		DuditScore score = scorer.score(AnswerSheet.noComplaints(DUDIT).item(item, answer).answers(), Sex.MALE);

		assertThat(score.total()).isEqualTo(Integer.parseInt(answer));
	}

	@ParameterizedTest(name = "item {0} answered \"{1}\"")
	@CsvSource({ "10, 1", "10, 3", "11, 1", "11, 3" })
	void harm_and_concern_items_refuse_any_other_score(int item, String answer) {
		InvalidAnswerException error = catchThrowableOfType(InvalidAnswerException.class,
				() -> scorer.score(AnswerSheet.noComplaints(DUDIT).item(item, answer).answers(), Sex.MALE));

		assertThat(error.item()).isEqualTo("dudit_q" + item);
		assertThat(error.problem()).isEqualTo(Problem.NOT_A_SCORE);
	}

	@Test
	void an_answer_above_4_on_a_frequency_item_is_an_error_naming_the_item() {
		InvalidAnswerException error = catchThrowableOfType(InvalidAnswerException.class,
				() -> scorer.score(AnswerSheet.noComplaints(DUDIT).item(9, "5").answers(), Sex.FEMALE));

		assertThat(error.item()).isEqualTo("dudit_q9");
		assertThat(error.problem()).isEqualTo(Problem.NOT_A_SCORE);
	}

	@Test
	void an_unanswered_item_is_an_error_naming_the_item_not_a_zero() {
		InvalidAnswerException error = catchThrowableOfType(InvalidAnswerException.class,
				() -> scorer.score(AnswerSheet.noComplaints(DUDIT).withoutItem(1).answers(), Sex.FEMALE));

		assertThat(error.item()).isEqualTo("dudit_q1");
		assertThat(error.problem()).isEqualTo(Problem.MISSING);
	}

	private static Map<String, Object> totalling(int total) {
		return AnswerSheet.noComplaints(DUDIT).totalling(total, 1, 9).answers();
	}

}
