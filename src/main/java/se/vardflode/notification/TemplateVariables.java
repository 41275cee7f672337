package se.vardflode.notification;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateExecution;

/**
 * The model a mail task gives its template: exactly the process variables its input parameter names (comma-separated,
 * e.g. {@code referralId, acceptedAt}), so that what a mail or a message may show is written in the model beside the
 * task, and nothing else reaches the template. A named variable that is not set is an error, never an empty gap.
 */
final class TemplateVariables {

	private TemplateVariables() {
	}

	static Map<String, Object> named(DelegateExecution execution, String parameter) {
		Map<String, Object> model = new LinkedHashMap<>();
		Object names = execution.getVariableLocal(parameter);
		if (names == null) {
			return model;
		}
		if (!(names instanceof String list)) {
			throw new IllegalStateException("Input parameter " + parameter + " of " + execution.getCurrentActivityId()
					+ " must name process variables, comma-separated");
		}
		Arrays.stream(list.split(",")).map(String::strip).filter(name -> !name.isEmpty()).forEach(name -> {
			Object value = execution.getVariable(name);
			if (value == null) {
				throw new IllegalStateException("Process variable " + name + " that " + execution.getCurrentActivityId() + " names in "
						+ parameter + " is not set");
			}
			model.put(name, value);
		});
		return model;
	}

}
