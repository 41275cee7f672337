package se.vardflode.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * The Swedish locale files of the webapps against the English ones in Camunda's webjar: a Camunda upgrade that adds,
 * renames or removes a text fails here, not in front of staff (Tasklist would show the bare key).
 */
class SwedishWebappLocalesTest {

	static final String LOCALES = "/META-INF/resources/webjars/camunda/app/%s/locales/%s.json";
	static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\s*(\\w+)\\s*}}");

	final ObjectMapper json = new ObjectMapper();

	/** Staff's apps are Swedish whatever the browser's language, so nothing may fall back. */
	@ParameterizedTest
	@ValueSource(strings = { "tasklist", "welcome" })
	void the_staff_apps_have_a_swedish_text_for_every_english_one(String app) throws IOException {
		assertThat(labels(app, "sv").keySet()).isEqualTo(labels(app, "en").keySet());
	}

	@Test
	void tasklist_has_swedish_dates_for_every_english_date_setting() throws IOException {
		JsonNode english = file("tasklist", "en").get("dateLocales");
		JsonNode swedish = file("tasklist", "sv").get("dateLocales");

		english.fieldNames().forEachRemaining(field -> assertThat(swedish.has(field)).as(field).isTrue());
		assertThat(swedish.get("longDateFormat").get("L").asText()).isEqualTo("YYYY-MM-DD");
		assertThat(swedish.get("months").size()).isEqualTo(12);
		assertThat(swedish.get("weekdays").get(1).asText()).isEqualTo("måndag");
	}

	/** Cockpit and Admin fall back to English for the rest; a Swedish text for a key Camunda dropped is dead weight. */
	@ParameterizedTest
	@ValueSource(strings = { "cockpit", "admin" })
	void the_process_owners_apps_translate_only_texts_that_exist(String app) throws IOException {
		assertThat(labels(app, "en").keySet()).containsAll(labels(app, "sv").keySet());
		assertThat(labels(app, "sv")).containsEntry("PAGE_LOGIN_SIGN_IN_ACTION", "Logga in");
	}

	@ParameterizedTest
	@ValueSource(strings = { "tasklist", "welcome", "cockpit", "admin" })
	void every_swedish_text_keeps_the_values_the_english_one_fills_in(String app) throws IOException {
		Map<String, String> english = labels(app, "en");
		labels(app, "sv").forEach((key, swedish) ->
			assertThat(placeholders(swedish)).as(app + " " + key).isEqualTo(placeholders(english.get(key))));
	}

	/** The same English words read the same in Swedish in every app ("Claim" is "Ta uppgiften" everywhere). */
	@Test
	void a_text_the_apps_share_reads_the_same_in_all_of_them() throws IOException {
		Map<String, String> tasklistEnglish = labels("tasklist", "en");
		Map<String, String> tasklistSwedish = labels("tasklist", "sv");
		for (String app : new String[] { "welcome", "cockpit", "admin" }) {
			Map<String, String> english = labels(app, "en");
			labels(app, "sv").forEach((key, swedish) -> {
				if (english.get(key).equals(tasklistEnglish.get(key))) {
					assertThat(swedish).as(app + " " + key).isEqualTo(tasklistSwedish.get(key));
				}
			});
		}
	}

	private Map<String, String> labels(String app, String language) throws IOException {
		Map<String, String> labels = new TreeMap<>();
		Iterator<Map.Entry<String, JsonNode>> fields = file(app, language).get("labels").fields();
		fields.forEachRemaining(field -> labels.put(field.getKey(), field.getValue().asText()));
		return labels;
	}

	private JsonNode file(String app, String language) throws IOException {
		URL resource = getClass().getResource(LOCALES.formatted(app, language));
		assertThat(resource).as(app + " " + language).isNotNull();
		if (language.equals("en")) {
			// Camunda's own file, not a copy of ours
			assertThat(resource.toString()).contains("camunda-webapp-webjar");
		}
		try (InputStream in = resource.openStream()) {
			// Camunda's files start with a byte order mark, which Jackson skips
			return json.readTree(in);
		}
	}

	private static Set<String> placeholders(String text) {
		Set<String> names = new TreeSet<>();
		Matcher matcher = PLACEHOLDER.matcher(text);
		while (matcher.find()) {
			names.add(matcher.group(1));
		}
		return names;
	}

}
