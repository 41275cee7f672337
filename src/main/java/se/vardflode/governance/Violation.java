package se.vardflode.governance;

import java.util.List;

import org.camunda.bpm.engine.Problem;

/** One reason a model is refused: the file, the element, the rule, and what a process owner should know. */
record Violation(String resource, String elementId, Rule rule, String detail) implements Problem {

	/** Stable names for programs; the README's guard table explains each one. */
	enum Rule {
		RESOURCE_TYPE, DEPLOYMENT_SIZE, XML, NAMESPACE, ELEMENT, ATTRIBUTE, TASK_TYPE, SCRIPT, EXPRESSION, JAVA_CLASS,
		FORM_KEY, FORM_REF, FORM_COMPONENT, CANDIDATE_GROUP, HISTORY_TIME_TO_LIVE, DMN_EXPRESSION_LANGUAGE
	}

	/** A violation of a whole file rather than of one element in it. */
	static Violation ofFile(String resource, Rule rule, String detail) {
		return new Violation(resource, resource, rule, detail);
	}

	@Override
	public String getMessage() {
		return resource + ": '" + elementId + "' [" + rule + "]: " + detail;
	}

	@Override
	public int getLine() {
		return 0;
	}

	@Override
	public int getColumn() {
		return 0;
	}

	@Override
	public String getMainElementId() {
		return elementId;
	}

	@Override
	public List<String> getElementIds() {
		return List.of(elementId);
	}

}
