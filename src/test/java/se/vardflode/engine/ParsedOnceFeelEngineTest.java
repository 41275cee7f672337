package se.vardflode.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.dmn.engine.impl.DefaultDmnEngineConfiguration;
import org.camunda.bpm.dmn.feel.impl.FeelException;
import org.camunda.bpm.dmn.feel.impl.scala.ScalaFeelEngine;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.context.VariableContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import se.vardflode.VardflodeTest;

/**
 * FEEL parsed once gives what the engine's own FEEL gives: the same decisions of every table in processes/ for the
 * same inputs, the same errors, and each expression parsed once however often it is evaluated.
 */
@VardflodeTest
class ParsedOnceFeelEngineTest {

	@Autowired
	ProcessEngine engine;

	@Test
	void the_engine_evaluates_its_decisions_with_feel_parsed_once() {
		DefaultDmnEngineConfiguration dmn = ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration())
			.getDmnEngineConfiguration();
		assertThat(dmn.getFeelEngine()).isInstanceOf(ParsedOnceFeelEngine.class);
	}

	@Test
	void chat_duration_decides_as_with_the_engines_own_feel() throws Exception {
		ParsedOnceFeelEngine parsedOnce = new ParsedOnceFeelEngine(List.of());
		DmnEngine cached = engineWith(parsedOnce);
		DmnEngine stock = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
		for (String careType : List.of("MVC", "BVC", "UM", "XYZ")) {
			for (boolean delivered : List.of(false, true)) {
				Map<String, Object> inputs = Map.of("careType", careType, "delivered", delivered);
				assertThat(decide(cached, inputs).getResultList()).as("%s", inputs)
					.isEqualTo(decide(stock, inputs).getResultList());
			}
		}
		int parsed = parsedOnce.cachedExpressions();
		decide(cached, Map.of("careType", "UM", "delivered", false));
		assertThat(parsed).isPositive();
		assertThat(parsedOnce.cachedExpressions()).as("no expression parsed again").isEqualTo(parsed);
	}

	@Test
	void a_broken_expression_fails_as_with_the_engines_own_feel() {
		VariableContext variables = Variables.createVariables().putValue("x", 1).asVariableContext();
		ParsedOnceFeelEngine parsedOnce = new ParsedOnceFeelEngine(List.of());
		ScalaFeelEngine stock = new ScalaFeelEngine(List.of());

		String stockMessage = catchMessage(() -> stock.evaluateSimpleExpression("x +", variables));
		assertThatThrownBy(() -> parsedOnce.evaluateSimpleExpression("x +", variables)).isInstanceOf(FeelException.class)
			.hasMessage(stockMessage);
		assertThat(parsedOnce.evaluateSimpleUnaryTests("< 2", "x", variables)).isTrue();
		assertThat(parsedOnce.<Object>evaluateSimpleExpression("x + 1", variables))
			.isEqualTo(stock.<Object>evaluateSimpleExpression("x + 1", variables));
	}

	private static String catchMessage(Runnable evaluation) {
		try {
			evaluation.run();
		}
		catch (FeelException ex) {
			return ex.getMessage();
		}
		throw new AssertionError("the engine's own FEEL accepted a broken expression");
	}

	private static DmnEngine engineWith(ParsedOnceFeelEngine feel) {
		DefaultDmnEngineConfiguration configuration = (DefaultDmnEngineConfiguration) DmnEngineConfiguration
			.createDefaultDmnEngineConfiguration();
		configuration.setFeelEngineFactory(() -> feel);
		return configuration.buildEngine();
	}

	private static DmnDecisionResult decide(DmnEngine dmn, Map<String, Object> inputs) throws Exception {
		try (InputStream table = ParsedOnceFeelEngineTest.class.getClassLoader()
			.getResourceAsStream("processes/chat-duration.dmn")) {
			DmnDecision decision = dmn.parseDecision("chat-duration", table);
			return dmn.evaluateDecision(decision, Variables.fromMap(inputs));
		}
	}

}
