package se.vardflode.forms;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.form.FormData;
import org.camunda.bpm.engine.impl.GetDeployedTaskFormCmd;
import org.camunda.bpm.engine.impl.cmd.GetTaskFormCmd;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.model.bpmn.instance.ExtensionElements;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperties;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperty;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one check of a task's answer, asked by {@link TaskEndingChecker} inside the engine command that completes the
 * task or submits its form, after the engine's own authorization and before anything is changed: the submission must
 * match the task's deployed Camunda Form, then keep every {@link TaskRule} of that form. Tasks without a Camunda Form
 * (standalone tasks, generated or embedded forms) are not checked here.
 */
final class SubmissionCheck {

	private static final Logger log = LoggerFactory.getLogger(SubmissionCheck.class);

	/** A user task's extension property naming variables it accepts besides its form's fields. */
	static final String ADDITIONAL_VARIABLES_PROPERTY = "formAdditionalVariables";
	private static final String CAMUNDA_FORMS_KEY = "camunda-forms:";

	private SubmissionCheck() {
	}

	/** @throws FormValidationException naming every field that is wrong; the engine's command then changes nothing */
	static void check(CommandContext commandContext, TaskEntity task, Map<String, Object> variables, Map<String, List<TaskRule>> rules) {
		if (task.getTaskDefinition() == null) {
			return; // a standalone task has no form
		}
		FormData formData = commandContext.runWithoutAuthorization(new GetTaskFormCmd(task.getId()));
		boolean camundaForm = formData != null && (formData.getCamundaFormRef() != null
				|| formData.getFormKey() != null && formData.getFormKey().startsWith(CAMUNDA_FORMS_KEY));
		if (!camundaForm) {
			return;
		}
		FormSchema form = deployedForm(commandContext, task.getId());
		Map<String, Object> submitted = typed(variables);
		List<FieldError> errors = FormSubmissionValidator.validate(form, submitted, additionalVariables(task),
				name -> task.getVariableTyped(name, false));
		if (errors.isEmpty()) {
			Submission submission = new Submission(task, submitted);
			errors = rules.getOrDefault(form.id(), List.of()).stream().flatMap(rule -> rule.check(submission).stream()).toList();
		}
		if (!errors.isEmpty()) {
			// the person's mistake, not the server's: one line, no values, no stack trace (RefusalLogging)
			log.info("Refused a submission of form {} for task {} ({}): {}", form.id(), task.getId(), task.getTaskDefinitionKey(),
					errors.stream().map(FieldError::field).distinct().toList());
			throw new FormValidationException(form.id(), errors);
		}
	}

	private static FormSchema deployedForm(CommandContext commandContext, String taskId) {
		// the completing command checks the caller's rights on the task itself; reading its form is part of that
		GetDeployedTaskFormCmd read = new GetDeployedTaskFormCmd(taskId) {
			@Override
			protected void checkAuthorization() {
			}
		};
		try (InputStream form = commandContext.runWithoutAuthorization(read)) {
			return FormSchema.parse(form);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Typed values where the caller gave them, so that a JSON list is read without deserializing it as an object. */
	private static Map<String, Object> typed(Map<String, Object> variables) {
		Map<String, Object> values = new LinkedHashMap<>();
		if (variables instanceof VariableMap variableMap) {
			variableMap.keySet().forEach(name -> values.put(name, variableMap.getValueTyped(name)));
		}
		else if (variables != null) {
			values.putAll(variables);
		}
		return values;
	}

	private static Set<String> additionalVariables(TaskEntity task) {
		FlowElement element = task.getBpmnModelElementInstance();
		ExtensionElements extensions = element == null ? null : element.getExtensionElements();
		if (extensions == null) {
			return Set.of();
		}
		return extensions.getElementsQuery().filterByType(CamundaProperties.class).list().stream()
			.flatMap(properties -> properties.getCamundaProperties().stream())
			.filter(property -> ADDITIONAL_VARIABLES_PROPERTY.equals(property.getCamundaName()))
			.map(CamundaProperty::getCamundaValue)
			.flatMap(value -> Arrays.stream(value.split(",")))
			.map(String::strip)
			.filter(name -> !name.isEmpty())
			.collect(Collectors.toSet());
	}

}
