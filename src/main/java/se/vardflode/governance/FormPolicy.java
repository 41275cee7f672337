package se.vardflode.governance;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import se.vardflode.governance.Violation.Rule;

/**
 * The rules a Camunda Form ({@code .form}, form-js JSON) must follow. The server never evaluates anything in a form:
 * the engine's form deployer reads only its {@code id}, and form-js's FEEL expressions and templates run in the
 * browser that renders it (Tasklist, the patient page). What a form can do there is limited to the components
 * below: no HTML, no iframes, no images, which would load content from anywhere into a nurse's or a patient's page.
 */
class FormPolicy {

	/** form-js 1.8 (Tasklist 7.24) components that only show text or take input. */
	static final Set<String> COMPONENTS = Set.of("textfield", "textarea", "number", "datetime", "checkbox", "checklist", "radio",
			"select", "taglist", "text", "group", "dynamiclist", "spacer", "separator", "button", "expression", "table");

	private final ObjectMapper json = new ObjectMapper();

	List<Violation> check(String resource, byte[] content) {
		JsonNode form;
		try {
			form = json.readTree(content);
		}
		catch (IOException ex) {
			return List.of(Violation.ofFile(resource, Rule.FORM_COMPONENT, "formuläret är inte giltig JSON: " + ex.getMessage()));
		}
		if (form == null || !form.isObject() || !form.path("id").isTextual() || form.path("id").asText().isBlank()) {
			return List.of(Violation.ofFile(resource, Rule.FORM_COMPONENT, "ett Camunda-formulär är ett JSON-objekt med ett id"));
		}
		List<Violation> violations = new ArrayList<>();
		components(resource, form, violations);
		return violations;
	}

	/** @return the form's id, if the file is a form at all */
	Optional<String> formId(byte[] content) {
		try {
			JsonNode form = json.readTree(content);
			return form != null && form.path("id").isTextual() ? Optional.of(form.path("id").asText()) : Optional.empty();
		}
		catch (IOException ex) {
			return Optional.empty();
		}
	}

	private void components(String resource, JsonNode container, List<Violation> violations) {
		for (JsonNode component : container.path("components")) {
			String type = component.path("type").asText();
			String id = component.path("id").asText(component.path("key").asText(resource));
			if (!COMPONENTS.contains(type)) {
				violations.add(new Violation(resource, id, Rule.FORM_COMPONENT, "komponenten '" + type + "' är inte tillåten; "
						+ "tillåtna är " + String.join(", ", COMPONENTS.stream().sorted().toList())));
			}
			components(resource, component, violations);
		}
	}

}
