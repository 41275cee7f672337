package se.vardflode.kernel;

import java.util.Date;
import java.util.Map;
import java.util.Optional;

import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;

/**
 * One process variable, with its name and its type, declared once in a pathway's process facade
 * ({@code ChatProcess.CHAT_ID}) and read or written through it: {@code CHAT_ID.from(execution)} instead of
 * {@code (String) execution.getVariable("chatId")}. The name is the one running instances, history and the KPIs
 * read, so it never changes; the type says what the pathway stores under it.
 *
 * @param <T> the Java type of the value as the engine stores it
 */
public final class ProcessVariable<T> {

	private final String name;
	private final Class<T> type;

	private ProcessVariable(String name, Class<T> type) {
		this.name = name;
		this.type = type;
	}

	/** A variable of any other type the engine stores, e.g. a decision's result ({@code Map}) or a JSON value. */
	public static <T> ProcessVariable<T> of(String name, Class<T> type) {
		return new ProcessVariable<>(name, type);
	}

	public static ProcessVariable<String> string(String name) {
		return new ProcessVariable<>(name, String.class);
	}

	public static ProcessVariable<Integer> integer(String name) {
		return new ProcessVariable<>(name, Integer.class);
	}

	public static ProcessVariable<Boolean> bool(String name) {
		return new ProcessVariable<>(name, Boolean.class);
	}

	public static ProcessVariable<Date> date(String name) {
		return new ProcessVariable<>(name, Date.class);
	}

	/** The variable's name, for the BPMN ({@code ${chatId}}) and queries. */
	public String name() {
		return name;
	}

	/** The value a scope sees (its own or an enclosing scope's); a missing value is a defect of the model. */
	public T from(VariableScope scope) {
		return optionalFrom(scope).orElseThrow(() -> new IllegalStateException("Process variable " + name + " is not set"));
	}

	public Optional<T> optionalFrom(VariableScope scope) {
		return Optional.ofNullable(cast(scope.getVariable(name)));
	}

	/** The value in a map of variables (a completed task's, a query's); a missing value is a defect. */
	public T from(Map<String, ?> variables) {
		return optionalFrom(variables).orElseThrow(() -> new IllegalStateException("Variable " + name + " is not set"));
	}

	public Optional<T> optionalFrom(Map<String, ?> variables) {
		return Optional.ofNullable(cast(variables.get(name)));
	}

	/** Sets the value where the engine puts it: in the scope that already has it, else in the process instance. */
	public void set(VariableScope scope, T value) {
		scope.setVariable(name, value);
	}

	/** Sets the value in this scope only (e.g. a task's own answer that must not reach the next task). */
	public void setLocal(VariableScope scope, T value) {
		scope.setVariableLocal(name, value);
	}

	public void remove(VariableScope scope) {
		scope.removeVariable(name);
	}

	/** Start or correlation variables, one typed value at a time: {@code ProcessVariable.with(CHAT_ID, id)}. */
	public static <V> Values with(ProcessVariable<V> variable, V value) {
		return new Values().with(variable, value);
	}

	@SuppressWarnings("unchecked")
	private T cast(Object value) {
		if (value == null || type.isInstance(value)) {
			return (T) value;
		}
		if (type == Integer.class && value instanceof Number number) {
			return (T) Integer.valueOf(number.intValue());
		}
		throw new IllegalStateException("Process variable " + name + " holds a " + value.getClass().getSimpleName()
				+ ", not a " + type.getSimpleName());
	}

	@Override
	public String toString() {
		return name;
	}

	/** A map of typed values, for starting a process or correlating a message. */
	public static final class Values {

		private final VariableMap variables = Variables.createVariables();

		private Values() {
		}

		public <V> Values with(ProcessVariable<V> variable, V value) {
			variables.putValue(variable.name(), value);
			return this;
		}

		/** Adds the value only when there is one: an absent optional value is no variable at all. */
		public <V> Values withOptional(ProcessVariable<V> variable, Optional<V> value) {
			value.ifPresent(present -> variables.putValue(variable.name(), present));
			return this;
		}

		public VariableMap asMap() {
			return variables;
		}

	}

}
