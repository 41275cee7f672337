package se.vardflode.patient;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.Test;

/** The patient page names each task by what its form is, from the heading the form opens with. */
class PatientTaskTitleTest {

	private static final ObjectMapper JSON = new ObjectMapper();

	@Test
	void each_questionnaire_and_consent_is_named_by_its_forms_heading() throws IOException {
		assertThat(PatientTaskTitle.of(form("phq-9"), "Besvara formuläret")).isEqualTo("PHQ-9 – frågor om nedstämdhet");
		assertThat(PatientTaskTitle.of(form("gad-7"), "Besvara formuläret")).isEqualTo("GAD-7 – frågor om oro och ångest");
		assertThat(PatientTaskTitle.of(form("audit"), "Besvara formuläret")).isEqualTo("AUDIT – frågor om alkohol");
		assertThat(PatientTaskTitle.of(form("dudit"), "Besvara formuläret")).isEqualTo("DUDIT – frågor om droger");
		assertThat(PatientTaskTitle.of(form("sip-consent"), "Samtycke till SIP")).isEqualTo("Samtycke till samordnad individuell plan (SIP)");
	}

	@Test
	void a_form_that_opens_without_a_heading_is_named_by_its_task() throws IOException {
		JsonNode withoutHeading = JSON.readTree("""
				{"id": "x", "components": [{"type": "text", "text": "Svara på frågorna."}, {"type": "text", "text": "## Senare rubrik"}]}""");
		JsonNode withTemplate = JSON.readTree("""
				{"id": "x", "components": [{"type": "text", "text": "## Från {{unitName}}"}]}""");

		assertThat(PatientTaskTitle.of(withoutHeading, "Samtycke till SIP")).isEqualTo("Samtycke till SIP");
		assertThat(PatientTaskTitle.of(withTemplate, "Samtycke till SIP")).isEqualTo("Samtycke till SIP");
		assertThat(PatientTaskTitle.of(JSON.readTree("{\"id\": \"x\"}"), "Samtycke till SIP")).isEqualTo("Samtycke till SIP");
	}

	private static JsonNode form(String id) throws IOException {
		return JSON.readTree(Files.readString(Path.of("forms", id + ".form")));
	}

}
