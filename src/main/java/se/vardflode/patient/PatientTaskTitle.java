package se.vardflode.patient;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * What the patient page calls a task: the heading its form opens with ("## PHQ-9 – frågor om nedstämdhet" in the
 * first text of {@code forms/phq-9.form}), so that every questionnaire is named by what it is although the model has
 * one task for all of them ("Besvara formuläret"). A form that opens without a heading is named by the task.
 */
final class PatientTaskTitle {

	private static final Pattern HEADING = Pattern.compile("^\\s*#{1,6}\\s+(.+?)\\s*#*\\s*$");
	private static final int MAX_LENGTH = 120;

	private PatientTaskTitle() {
	}

	static String of(JsonNode form, String taskName) {
		for (JsonNode component : form.path("components")) {
			if ("text".equals(component.path("type").asText())) {
				String firstLine = component.path("text").asText("").strip().split("\\R", 2)[0];
				Matcher heading = HEADING.matcher(firstLine);
				if (heading.matches()) {
					String title = heading.group(1).replace("**", "").replace("__", "").strip();
					if (!title.isEmpty() && title.length() <= MAX_LENGTH && !title.contains("{{")) {
						return title;
					}
				}
				return taskName;
			}
		}
		return taskName;
	}

}
