package se.vardflode.engine;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

import camundajar.impl.scala.runtime.BoxesRunTime;
import camundajar.impl.scala.util.Either;
import camundajar.impl.scala.util.Left;
import camundajar.impl.scala.util.Right;

import org.camunda.bpm.dmn.feel.impl.scala.ContextVariableWrapper;
import org.camunda.bpm.dmn.feel.impl.scala.ScalaFeelEngine;
import org.camunda.bpm.dmn.feel.impl.scala.function.FeelCustomFunctionProvider;
import org.camunda.bpm.engine.variable.context.VariableContext;
import org.camunda.feel.FeelEngine.Failure;
import org.camunda.feel.context.Context;
import org.camunda.feel.context.CustomContext;
import org.camunda.feel.context.VariableProvider;
import org.camunda.feel.context.VariableProvider.CompositeVariableProvider;
import org.camunda.feel.context.VariableProvider.StaticVariableProvider;
import org.camunda.feel.syntaxtree.ParsedExpression;

/**
 * The engine's FEEL (the Scala FEEL engine Camunda 7.24 ships), each expression parsed once instead of on every
 * evaluation. {@link ScalaFeelEngine} hands the expression's text to the FEEL engine, which parses it each time it is
 * evaluated (camunda/feel-scala#1149): in B1 a quarter of the request threads' CPU went into parsing the few literals
 * of chat-duration.dmn ({@code "UM"}, {@code "P1Y"}) again for every enrollment. A parsed expression is an immutable
 * syntax tree that does not depend on the variables it is evaluated with, so it is kept by its text and evaluated with
 * each call's variables exactly as the engine would: same FEEL engine, value mappers and functions, same results, same
 * errors. Why this and not a cache of decision results: it holds for every decision table and input, keeps the
 * decision history as it was (each evaluation is still an evaluation), and a redeployed table with changed text just
 * brings new keys.
 */
class ParsedOnceFeelEngine extends ScalaFeelEngine {

	/**
	 * The expressions come from deployed models, a bounded set; a cache that ever grows past this (many redeployments
	 * of changed tables) starts over rather than keep the old texts.
	 */
	static final int MAX_EXPRESSIONS = 10_000;
	private static final String INPUT_VARIABLE = "inputVariableName";

	private final Map<String, ParsedExpression> expressions = new ConcurrentHashMap<>();
	private final Map<String, ParsedExpression> unaryTests = new ConcurrentHashMap<>();

	ParsedOnceFeelEngine(List<FeelCustomFunctionProvider> functionProviders) {
		super(functionProviders);
	}

	@Override
	@SuppressWarnings("unchecked")
	public <T> T evaluateSimpleExpression(String expression, VariableContext variableContext) {
		ParsedExpression parsed = parsed(expressions, expression, feelEngine::parseExpression);
		return (T) evaluate(parsed, context(new ContextVariableWrapper(variableContext)));
	}

	@Override
	public boolean evaluateSimpleUnaryTests(String expression, String inputVariable, VariableContext variableContext) {
		ParsedExpression parsed = parsed(unaryTests, expression, feelEngine::parseUnaryTests);
		// the unary tests compare against the input, which the FEEL engine finds by the name this variable holds
		VariableProvider input = new StaticVariableProvider(toScalaMap(INPUT_VARIABLE, inputVariable));
		Object result = evaluate(parsed, context(new CompositeVariableProvider(toScalaList(input,
				new ContextVariableWrapper(variableContext)))));
		return BoxesRunTime.unboxToBoolean(result); // as the FEEL engine's own evalUnaryTests: null is false
	}

	int cachedExpressions() {
		return expressions.size() + unaryTests.size();
	}

	private static ParsedExpression parsed(Map<String, ParsedExpression> cache, String expression,
			Function<String, Either<Failure, ParsedExpression>> parse) {
		ParsedExpression parsed = cache.get(expression);
		if (parsed == null) {
			parsed = (ParsedExpression) value(parse.apply(expression));
			if (cache.size() >= MAX_EXPRESSIONS) {
				cache.clear();
			}
			cache.put(expression, parsed);
		}
		return parsed;
	}

	private Object evaluate(ParsedExpression parsed, Context context) {
		return value(feelEngine.eval(parsed, context));
	}

	private static Object value(Either<Failure, ?> result) {
		if (result instanceof Right<?, ?> right) {
			return right.value();
		}
		throw LOGGER.evaluationException(((Failure) ((Left<?, ?>) result).value()).message());
	}

	private static Context context(VariableProvider variables) {
		return new CustomContext() {
			@Override
			public VariableProvider variableProvider() {
				return variables;
			}
		};
	}

	private static camundajar.impl.scala.collection.immutable.Map<String, Object> toScalaMap(String key, Object value) {
		return new camundajar.impl.scala.collection.immutable.Map.Map1<>(key, value);
	}

}
