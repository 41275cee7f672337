package se.vardflode.sip;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.ProcessEngineException;

/**
 * Thrown from a task listener when a submitted SIP form breaks a rule: the completion rolls back and the task stays
 * open with nothing changed. The Swedish message names every field; the engine wraps it in its own
 * "Exception while invoking TaskListener", so Tasklist shows it and {@code /engine-rest} answers 500 with it as the
 * message (mapping it to 400 belongs to the project's one form-validation place).
 */
class SipFormRejected extends ProcessEngineException {

	private final Map<String, String> errors;

	SipFormRejected(String what, Map<String, String> errors) {
		super(what + " kan inte sparas: " + errors.entrySet().stream()
			.map(error -> error.getKey() + ": " + error.getValue()).collect(Collectors.joining("; ")));
		this.errors = Collections.unmodifiableMap(new LinkedHashMap<>(errors));
	}

	Map<String, String> errors() {
		return errors;
	}

}
