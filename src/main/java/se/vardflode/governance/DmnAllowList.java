package se.vardflode.governance;

import java.util.Set;

import org.camunda.bpm.dmn.engine.impl.DefaultDmnEngineConfiguration;
import org.camunda.bpm.model.dmn.impl.DmnModelConstants;

/**
 * What a DMN file may contain, written against what Camunda 7.24's DMN transformer reads: decision tables and literal
 * decisions in FEEL, their requirements graph and Modeler's diagram. FEEL cannot call Java in this engine (the Scala
 * FEEL engine is built with external functions off; it only reads values and their getters); every other expression
 * language (JUEL, JavaScript, Groovy, ...) runs code and is refused.
 */
final class DmnAllowList {

	static final String CAMUNDA_NS = DmnModelConstants.CAMUNDA_NS;
	static final Set<String> NAMESPACES = Set.of(DmnModelConstants.DMN11_NS, DmnModelConstants.DMN11_ALTERNATIVE_NS,
			DmnModelConstants.DMN12_NS, DmnModelConstants.DMN13_NS, DmnModelConstants.DMN13_ALTERNATIVE_NS,
			DmnModelConstants.DMN14_NS, DmnModelConstants.DMN15_NS);
	/** Modeler's diagram ({@code dmndi:DMNDI} under the definitions, DMN 1.3), which the engine does not read. */
	static final String DIAGRAM_NS = "https://www.omg.org/spec/DMN/20191111/DMNDI/";

	static final Set<String> ELEMENTS = Set.of("definitions", "decision", "decisionTable", "input", "inputExpression", "text",
			"output", "rule", "inputEntry", "outputEntry", "description", "annotationEntry", "inputValues", "outputValues",
			"literalExpression", "variable", "informationRequirement", "requiredDecision", "requiredInput", "inputData",
			"knowledgeSource", "authorityRequirement", "requiredAuthority", "knowledgeRequirement", "requiredKnowledge",
			"businessKnowledgeModel", "textAnnotation", "association", "sourceRef", "targetRef", "question", "allowedAnswers");

	static final Set<String> ATTRIBUTES = Set.of("id", "name", "label", "namespace", "exporter", "exporterVersion", "typeRef",
			"hitPolicy", "aggregation", "outputLabel", "preferredOrientation", "expressionLanguage", "typeLanguage", "href",
			"textFormat", "associationDirection", "locationURI");

	static final Set<String> CAMUNDA_ATTRIBUTES = Set.of("inputVariable", "historyTimeToLive", "versionTag");

	/** Exactly the names the engine evaluates as FEEL ({@code ExpressionEvaluationHandler.isFeelExpressionLanguage}). */
	static boolean isFeel(String expressionLanguage) {
		return Set.of(DefaultDmnEngineConfiguration.FEEL_EXPRESSION_LANGUAGE, DefaultDmnEngineConfiguration.FEEL_EXPRESSION_LANGUAGE_DMN12,
				DefaultDmnEngineConfiguration.FEEL_EXPRESSION_LANGUAGE_DMN13, DefaultDmnEngineConfiguration.FEEL_EXPRESSION_LANGUAGE_DMN14,
				DefaultDmnEngineConfiguration.FEEL_EXPRESSION_LANGUAGE_DMN15).contains(expressionLanguage)
				|| DefaultDmnEngineConfiguration.FEEL_EXPRESSION_LANGUAGE_ALTERNATIVE.equalsIgnoreCase(expressionLanguage);
	}

	private DmnAllowList() {
	}

}
