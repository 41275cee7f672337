package se.vardflode.triage;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each questionnaire form in {@code forms/} against the scorer that reads its answers, so that a form edit in Camunda
 * Modeler that would break the scoring (a renamed key, a missing item, an option with a value the scorer refuses)
 * fails the build instead of the first patient's triage.
 */
class QuestionnaireFormTest {

	/** The components form-js 1.8.7, which Camunda 7.24 Tasklist renders with, supports and we use. */
	static final Set<String> FORM_JS_1_8_COMPONENTS =
			Set.of("text", "radio", "select", "checkbox", "textfield", "number", "textarea");

	/**
	 * Part of the Swedish PHQ-9 but not scored: "hur svårt har dessa problem gjort det för dig…" (Kroenke, Spitzer &
	 * Williams 2001: the functional item is asked, not added to the total).
	 */
	static final Set<String> UNSCORED_FIELDS = Set.of("phq9_difficulty");

	static Stream<Arguments> questionnaireForms() {
		return Stream.of(
				Arguments.of("phq-9", Phq9Scorer.PHQ_9),
				Arguments.of("gad-7", Gad7Scorer.GAD_7),
				Arguments.of("audit", AuditScorer.AUDIT),
				Arguments.of("dudit", DuditScorer.DUDIT));
	}

	@Test
	void phq9_opens_with_the_crisis_advice_and_ends_with_the_unscored_functional_question() throws IOException {
		JsonNode components = load("phq-9").path("components");

		assertThat(components.get(0).path("text").asText()).contains("ring 112");
		JsonNode last = components.get(components.size() - 1);
		assertThat(last.path("key").asText()).isEqualTo("phq9_difficulty");
		assertThat(last.path("type").asText()).isEqualTo("radio");
		assertThat(last.path("label").asText()).contains("ger inga poäng");
		Map<String, Object> answers = lowestAnswers(Phq9Scorer.PHQ_9);
		answers.put("phq9_difficulty", "VERY_DIFFICULT");
		assertThat(new Phq9Scorer().score(answers).total()).isZero();
	}

	@ParameterizedTest(name = "{0}.form")
	@MethodSource("questionnaireForms")
	void form_fields_are_exactly_the_items_the_scorer_reads(String form, Questionnaire questionnaire)
			throws IOException {
		List<String> keys = answerFields(form).stream().map(field -> field.path("key").asText()).toList();

		assertThat(keys).containsExactlyElementsOf(questionnaire.items().stream().map(QuestionnaireItem::key).toList());
	}

	@ParameterizedTest(name = "{0}.form")
	@MethodSource("questionnaireForms")
	void each_items_options_are_the_scores_the_scorer_accepts_for_that_item(String form, Questionnaire questionnaire)
			throws IOException {
		for (JsonNode field : answerFields(form)) {
			QuestionnaireItem item = itemOf(questionnaire, field.path("key").asText());
			List<Integer> offeredScores = new ArrayList<>();
			for (JsonNode option : field.path("values")) {
				Map<String, Object> answers = lowestAnswers(questionnaire);
				answers.put(item.key(), option.path("value").asText());
				offeredScores.add(questionnaire.read(answers).ofItem(item.number()));
			}

			assertThat(offeredScores).as("scores offered by %s", item.key()).containsExactlyElementsOf(item.scores());
		}
	}

	@ParameterizedTest(name = "{0}.form")
	@MethodSource("questionnaireForms")
	void every_item_is_a_required_single_choice_numbered_as_the_scorer_numbers_it(String form,
			Questionnaire questionnaire) throws IOException {
		for (JsonNode field : answerFields(form)) {
			QuestionnaireItem item = itemOf(questionnaire, field.path("key").asText());

			assertThat(field.path("type").asText()).as(item.key()).isEqualTo("radio");
			assertThat(field.path("validate").path("required").asBoolean()).as(item.key()).isTrue();
			assertThat(field.path("label").asText()).as(item.key()).startsWith(item.number() + ". ");
			assertThat(field.path("values")).as(item.key())
				.allSatisfy(option -> assertThat(option.path("label").asText()).isNotBlank());
		}
	}

	@ParameterizedTest(name = "{0}.form")
	@MethodSource("questionnaireForms")
	void form_is_one_that_camunda_7_24_tasklist_renders(String form, Questionnaire questionnaire) throws IOException {
		JsonNode schema = load(form);
		List<String> componentIds = schema.path("components").findValuesAsText("id");

		assertThat(schema.path("id").asText()).isEqualTo(form);
		assertThat(schema.path("schemaVersion").asInt()).isEqualTo(16);
		assertThat(schema.path("executionPlatform").asText()).isEqualTo("Camunda Platform");
		assertThat(schema.path("executionPlatformVersion").asText()).isEqualTo("7.24.0");
		assertThat(componentIds).doesNotHaveDuplicates().hasSize(schema.path("components").size());
		assertThat(schema.path("components").findValuesAsText("type")).isSubsetOf(FORM_JS_1_8_COMPONENTS);
	}

	private static List<JsonNode> answerFields(String form) throws IOException {
		List<JsonNode> fields = new ArrayList<>();
		load(form).path("components").forEach(component -> {
			if (component.has("key") && !UNSCORED_FIELDS.contains(component.path("key").asText())) {
				fields.add(component);
			}
		});
		return fields;
	}

	/** The form as the build puts it on the classpath from {@code forms/}, i.e. the file Camunda deploys. */
	private static JsonNode load(String form) throws IOException {
		try (InputStream in = QuestionnaireFormTest.class.getResourceAsStream("/forms/" + form + ".form")) {
			assertThat(in).as("forms/%s.form on the classpath", form).isNotNull();
			return new ObjectMapper().readTree(in);
		}
	}

	private static QuestionnaireItem itemOf(Questionnaire questionnaire, String key) {
		return questionnaire.items().stream()
			.filter(item -> item.key().equals(key))
			.findFirst()
			.orElseThrow(() -> new AssertionError("the scorer reads no item " + key));
	}

	private static Map<String, Object> lowestAnswers(Questionnaire questionnaire) {
		Map<String, Object> answers = new LinkedHashMap<>();
		questionnaire.items().forEach(item -> answers.put(item.key(), Integer.toString(item.scores().get(0))));
		return answers;
	}

}
