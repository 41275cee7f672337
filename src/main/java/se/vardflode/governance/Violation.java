package se.vardflode.governance;

import java.util.List;

import org.camunda.bpm.engine.Problem;

/** One reason a model is refused: the file, the element, the rule, and what a process owner should know. */
record Violation(String resource, String elementId, Rule rule, String detail) implements Problem {

	enum Rule {
		SCRIPT, EXPRESSION, JAVA_CLASS, FORM_REF, CANDIDATE_GROUP, HISTORY_TIME_TO_LIVE, DMN_EXPRESSION_LANGUAGE
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
