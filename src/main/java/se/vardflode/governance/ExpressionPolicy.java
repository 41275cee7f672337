package se.vardflode.governance;

import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.camunda.bpm.impl.juel.AstBracket;
import org.camunda.bpm.impl.juel.AstDot;
import org.camunda.bpm.impl.juel.AstFunction;
import org.camunda.bpm.impl.juel.AstIdentifier;
import org.camunda.bpm.impl.juel.AstMethod;
import org.camunda.bpm.impl.juel.Builder;
import org.camunda.bpm.impl.juel.Node;
import org.camunda.bpm.impl.juel.TreeBuilderException;

/**
 * The allow-list for JUEL expressions, applied to the parsed expression tree (what the engine would run), not to its
 * text. In models: literals and operators, identifiers (process variables, and beans used as delegates), a few
 * getters of {@code execution} and {@code task}, Camunda's user and date functions, and methods marked
 * {@link ModelCallable}. In task queries and Tasklist filters, which the engine evaluates with no process around them:
 * literals, operators and Camunda's user and date functions only ({@code ${currentUser()}},
 * {@code ${currentUserGroups()}}, {@code ${now()}}, {@code ${dateTime().plusDays(2)}}). Anything else — other
 * property access, other method calls ({@code getClass}, {@code getProcessEngineServices}, ...), bracket access, other
 * functions — is refused.
 */
class ExpressionPolicy {

	private static final Set<String> CONTEXT_OBJECTS = Set.of("execution", "task");
	private static final Set<String> CONTEXT_PROPERTIES = Set.of("id", "processInstanceId", "processBusinessKey", "businessKey",
			"processDefinitionId", "activityId", "currentActivityId", "currentActivityName", "eventName", "tenantId", "name",
			"assignee", "owner", "priority", "dueDate", "followUpDate", "taskDefinitionKey", "executionId", "createTime");
	private static final Set<String> CONTEXT_METHODS = Set.of("getVariable", "getVariableLocal", "hasVariable", "hasVariableLocal");
	private static final Pattern DATE_ARITHMETIC = Pattern.compile("(plus|minus)(Years|Months|Weeks|Days|Hours|Minutes)|toDate");
	private static final Set<String> FUNCTIONS = Set.of("currentUser", "currentUserGroups", "now", "dateTime");

	private final Builder parser = new Builder(Builder.Feature.METHOD_INVOCATIONS, Builder.Feature.VARARGS);
	private final Set<String> callableBeanMethods;
	private final boolean inModel;

	private ExpressionPolicy(Set<String> callableBeanMethods, boolean inModel) {
		this.callableBeanMethods = Set.copyOf(callableBeanMethods);
		this.inModel = inModel;
	}

	/** @param callableBeanMethods {@code beanName.methodName} of every {@link ModelCallable} method */
	static ExpressionPolicy forModels(Set<String> callableBeanMethods) {
		return new ExpressionPolicy(callableBeanMethods, true);
	}

	static ExpressionPolicy forQueries() {
		return new ExpressionPolicy(Set.of(), false);
	}

	static boolean isExpression(String text) {
		return text != null && (text.contains("${") || text.contains("#{"));
	}

	/** @return why the expression is refused, or empty if it is allowed */
	Optional<String> check(String expression) {
		try {
			return check(parser.build(expression).getRoot());
		}
		catch (TreeBuilderException ex) {
			return Optional.of("uttrycket går inte att tolka: " + ex.getMessage());
		}
	}

	private Optional<String> check(Node node) {
		if (node instanceof AstBracket) {
			return Optional.of("hakparentes-åtkomst [...] är inte tillåten");
		}
		if (node instanceof AstFunction function && !FUNCTIONS.contains(function.getName())) {
			return Optional.of("funktionen " + function.getName() + "() är inte tillåten");
		}
		if (node instanceof AstIdentifier identifier && !inModel) {
			return Optional.of("namnet " + identifier.getName() + " kan inte läsas här; tillåtna är currentUser(), currentUserGroups(), "
					+ "now() och dateTime()");
		}
		if (node instanceof AstMethod method) {
			Optional<String> refusal = checkMethod(method);
			if (refusal.isPresent()) {
				return refusal;
			}
			// the call itself is allowed; what remains to check are its arguments and those of the calls it chains on
			Node target = method;
			while (target instanceof AstMethod call) {
				Optional<String> inArguments = check(call.getChild(1));
				if (inArguments.isPresent()) {
					return inArguments;
				}
				target = call.getChild(0).getChild(0);
			}
			return check(target);
		}
		if (node instanceof AstDot dot) {
			return checkProperty(dot);
		}
		for (int i = 0; i < node.getCardinality(); i++) {
			Optional<String> refusal = check(node.getChild(i));
			if (refusal.isPresent()) {
				return refusal;
			}
		}
		return Optional.empty();
	}

	private Optional<String> checkMethod(AstMethod method) {
		if (isDateArithmetic(method)) {
			return Optional.empty();
		}
		if (!inModel || !(method.getChild(0) instanceof AstDot dot) || !(dot.getChild(0) instanceof AstIdentifier target)) {
			return Optional.of("anropet " + method + " är inte tillåtet");
		}
		String name = memberName(dot);
		if (CONTEXT_OBJECTS.contains(target.getName()) && (CONTEXT_METHODS.contains(name) || isContextGetter(name))) {
			return Optional.empty();
		}
		if (callableBeanMethods.contains(target.getName() + "." + name)) {
			return Optional.empty();
		}
		return Optional.of("metoden " + target.getName() + "." + name + "() får inte anropas från en modell");
	}

	private Optional<String> checkProperty(AstDot dot) {
		String name = memberName(dot);
		if (inModel && dot.getChild(0) instanceof AstIdentifier target && CONTEXT_OBJECTS.contains(target.getName())
				&& CONTEXT_PROPERTIES.contains(name)) {
			return Optional.empty();
		}
		return Optional.of("egenskapen ." + name + " får inte läsas från en modell (läs processvariabler direkt)");
	}

	/** {@code dateTime().plusDays(14).toDate()}: due dates and timers computed from the engine's clock. */
	private static boolean isDateArithmetic(Node node) {
		if (node instanceof AstFunction function) {
			return function.getName().equals("dateTime");
		}
		return node instanceof AstMethod method && method.getChild(0) instanceof AstDot dot
				&& DATE_ARITHMETIC.matcher(memberName(dot)).matches() && isDateArithmetic(dot.getChild(0));
	}

	private static boolean isContextGetter(String method) {
		return method.startsWith("get") && method.length() > 3
				&& CONTEXT_PROPERTIES.contains(Character.toLowerCase(method.charAt(3)) + method.substring(4));
	}

	/** JUEL keeps the member name private; its toString() is ". name". */
	private static String memberName(AstDot dot) {
		return dot.toString().substring(2);
	}

}
