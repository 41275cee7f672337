package se.vardflode.governance;

import java.lang.reflect.Field;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.impl.TaskQueryImpl;
import org.camunda.bpm.engine.impl.cmd.AbstractExecuteFilterCmd;
import org.camunda.bpm.engine.impl.cmd.SaveFilterCmd;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.query.Query;
import org.springframework.util.ReflectionUtils;

/**
 * Lets the engine evaluate only Camunda's user and date functions in a task query, at any depth. A task query's
 * {@code *Expression} criteria are JUEL that the engine evaluates on the server: Camunda refuses them in ad-hoc
 * queries but checks only the outer query, not its {@code orQueries}, and allows any expression in stored filters.
 * This interceptor sits in the engine's command chain, which every task query passes (REST, Java API, the webapps):
 * an ad-hoc query is itself the command; a filter's stored query is checked when it is saved and again when it runs
 * (a filter in the database may predate this check), together with the query that extends it.
 */
class TaskQueryExpressionGuard extends CommandInterceptor {

	// Camunda 7.24 (the last CE release) keeps these in protected fields without getters
	private static final Field SAVED_FILTER = field(SaveFilterCmd.class, "filter");
	private static final Field EXECUTED_FILTER_ID = field(AbstractExecuteFilterCmd.class, "filterId");
	private static final Field EXTENDING_QUERY = field(AbstractExecuteFilterCmd.class, "extendingQuery");

	private final ExpressionPolicy policy = ExpressionPolicy.forQueries();

	@Override
	public <T> T execute(Command<T> command) {
		if (command instanceof TaskQueryImpl query) {
			check(query);
		}
		else if (command instanceof SaveFilterCmd save) {
			check(((Filter) ReflectionUtils.getField(SAVED_FILTER, save)).getQuery());
		}
		else if (command instanceof AbstractExecuteFilterCmd execute) {
			check((Query<?, ?>) ReflectionUtils.getField(EXTENDING_QUERY, execute));
			String filterId = (String) ReflectionUtils.getField(EXECUTED_FILTER_ID, execute);
			if (filterId != null) {
				Filter stored = Context.getCommandContext().getFilterManager().findFilterById(filterId);
				if (stored != null) {
					check(stored.getQuery());
				}
			}
		}
		return next.execute(command);
	}

	private void check(Query<?, ?> query) {
		if (!(query instanceof TaskQueryImpl taskQuery)) {
			return;
		}
		List<TaskQueryImpl> queries = taskQuery.getQueries();
		for (int i = 0; i < queries.size(); i++) {
			String where = i == 0 ? "" : " (i or-fråga " + i + ")";
			for (Map.Entry<String, String> criterion : queries.get(i).getExpressions().entrySet()) {
				Optional<String> refusal = policy.check(criterion.getValue());
				if (refusal.isPresent()) {
					throw new BadUserRequestException("Uttrycket för " + criterion.getKey() + where + " är inte tillåtet i en fråga: "
							+ refusal.get());
				}
			}
		}
	}

	private static Field field(Class<?> type, String name) {
		Field field = ReflectionUtils.findField(type, name);
		if (field == null) {
			throw new IllegalStateException(type.getName() + " has no field " + name + ": check TaskQueryExpressionGuard against this Camunda version");
		}
		ReflectionUtils.makeAccessible(field);
		return field;
	}

}
