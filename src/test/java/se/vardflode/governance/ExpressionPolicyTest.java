package se.vardflode.governance;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ExpressionPolicyTest {

	final ExpressionPolicy policy = ExpressionPolicy.forModels(Set.of("chatDurations.expiryFor"));

	@ParameterizedTest
	@ValueSource(strings = {
			"${unitId}",
			"${notifyUnitTeamDelegate}",
			"${score >= 10 && !suicideRisk}",
			"${empty guardians ? 'ingen' : guardians}",
			"${execution.getVariable('careType') == 'BVC'}",
			"${execution.processBusinessKey}",
			"${task.getId()}",
			"${currentUser()}",
			"${dateTime().plusDays(14)}",
			"${chatDurations.expiryFor(careType, dueDate)}",
			"Hej ${firstName}!" })
	void allows_variables_operators_context_getters_functions_and_model_callable_methods(String expression) {
		assertThat(policy.check(expression)).as(expression).isEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = {
			"${execution.getProcessEngineServices()}",
			"${execution.processEngineServices.runtimeService}",
			"${execution.getProcessEngine().getIdentityService()}",
			"${unitId.getClass()}",
			"${''.getClass().forName('java.lang.Runtime')}",
			"${execution['processEngineServices']}",
			"${chatDurations.deleteEverything()}",
			"${runtimeService.deleteProcessInstance(id, 'x')}",
			"${dataSource.connection}",
			"${execution.setVariable('x', 1)}",
			"${unknownFunction()}",
			"${unbalanced" })
	void refuses_everything_else(String expression) {
		assertThat(policy.check(expression)).as(expression).isPresent();
	}

	@ParameterizedTest
	@ValueSource(strings = {
			"${currentUser()}",
			"${currentUserGroups()}",
			"${now()}",
			"${dateTime().plusDays(2).toDate()}",
			"${dateTime().minusWeeks(1)}",
			"bvc.karin" })
	void allows_camunda_user_and_date_functions_in_task_queries(String expression) {
		assertThat(ExpressionPolicy.forQueries().check(expression)).as(expression).isEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = {
			"${unitId}",
			"${execution.processBusinessKey}",
			"${chatDurations.expiryFor(careType, dueDate)}",
			"${notifyUnitTeamDelegate}",
			"${currentUser().getClass()}",
			"${dateTime().plusDays(days)}",
			"${''.getClass().forName('java.lang.Runtime')}" })
	void refuses_variables_beans_and_calls_in_task_queries(String expression) {
		assertThat(ExpressionPolicy.forQueries().check(expression)).as(expression).isPresent();
	}

}
