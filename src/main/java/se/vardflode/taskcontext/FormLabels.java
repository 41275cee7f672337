package se.vardflode.taskcontext;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.persistence.entity.CamundaFormDefinitionEntity;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.ResourceEntity;
import org.springframework.stereotype.Component;

/**
 * The words a Camunda Form shows for its fields and options, read from the latest deployed version of the form, so
 * that a task shows an answer as the person who gave it saw it ("Nästan varje dag (3 poäng)", "Nedstämdhet") instead of
 * its stored value, and a process owner who rewords a form in Modeler rewords the task context with it. Used by
 * {@link TaskContextSource}s while the engine creates a task (inside its command).
 */
@Component
public class FormLabels {

	private static final ObjectMapper JSON = new ObjectMapper();

	private record Field(String label, Map<String, String> options) {
	}

	/** Parsed forms by form definition id: a deployed definition never changes. */
	private final Map<String, Map<String, Field>> forms = new ConcurrentHashMap<>();

	/** The label of the form's field with that key, e.g. an item's question. */
	public Optional<String> label(String formKey, String fieldKey) {
		return Optional.ofNullable(fields(formKey).get(fieldKey)).map(Field::label).filter(label -> !label.isBlank());
	}

	/** The label of the option with that value of the form's field, e.g. "Flera dagar (1 poäng)" for "1". */
	public Optional<String> option(String formKey, String fieldKey, Object value) {
		if (value == null) {
			return Optional.empty();
		}
		return Optional.ofNullable(fields(formKey).get(fieldKey)).map(field -> field.options().get(value.toString()));
	}

	/** The option's label, else the value as stored. */
	public String optionOrValue(String formKey, String fieldKey, Object value) {
		return option(formKey, fieldKey, value).orElse(value == null ? null : value.toString());
	}

	private Map<String, Field> fields(String formKey) {
		CommandContext command = Context.getCommandContext();
		if (command == null) {
			throw new IllegalStateException("Form labels are read inside an engine command, while a task is created");
		}
		CamundaFormDefinitionEntity definition = command.getCamundaFormDefinitionManager().findLatestDefinitionByKey(formKey);
		if (definition == null) {
			return Map.of();
		}
		return forms.computeIfAbsent(definition.getId(), id -> {
			ResourceEntity resource = command.getResourceManager()
				.findResourceByDeploymentIdAndResourceName(definition.getDeploymentId(), definition.getResourceName());
			try {
				Map<String, Field> fields = new LinkedHashMap<>();
				collect(JSON.readTree(resource.getBytes()).path("components"), fields);
				return fields;
			}
			catch (IOException ex) {
				throw new UncheckedIOException("Form " + formKey + " could not be read", ex);
			}
		});
	}

	private static void collect(JsonNode components, Map<String, Field> fields) {
		for (JsonNode component : components) {
			if (component.hasNonNull("key")) {
				Map<String, String> options = new LinkedHashMap<>();
				component.path("values").forEach(option -> options.put(option.path("value").asText(), option.path("label").asText()));
				fields.put(component.path("key").asText(), new Field(component.path("label").asText(""), options));
			}
			collect(component.path("components"), fields);
		}
	}

}
