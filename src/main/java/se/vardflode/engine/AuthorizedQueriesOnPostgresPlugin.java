package se.vardflode.engine;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import org.apache.ibatis.executor.statement.StatementHandler;
import org.apache.ibatis.plugin.Interceptor;
import org.apache.ibatis.plugin.Intercepts;
import org.apache.ibatis.plugin.Invocation;
import org.apache.ibatis.plugin.Signature;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.db.sql.DbSqlSessionFactory;
import org.postgresql.PGStatement;
import org.springframework.stereotype.Component;

/**
 * How PostgreSQL plans the engine's authorized queries: the grants joined on an array, and every run planned for its
 * own parameters. Both showed in Tasklist's count of "Min enhet" at 10,000 tasks per unit (docs/benchmarks.md, B3):
 * Tasklist asks for HAL, and Camunda answers HAL with the filter's count before the page.
 * <p>
 * <b>The join.</b> Every authorized query joins the user's grants on {@code AUTH.RESOURCE_ID_ IN (RES.ID_, D.KEY_,
 * '*')} (a task's id, its process definition's key, any), the engine's SQL pieces for PostgreSQL. A list that holds
 * columns is an OR to PostgreSQL, which it checks per row by ANDing a bitmap of the three with a bitmap of every grant
 * of the user's groups, one grant per open task of the unit. Written {@code AUTH.RESOURCE_ID_ = ANY(ARRAY[RES.ID_,
 * D.KEY_, '*'])} it is one index scan per row: the count 1.3 s before, 0.19 s after. The pieces are the engine's
 * per-database table, one for the whole JVM, read when an engine builds its SQL: set here before {@code init}, for
 * PostgreSQL only, they hold for every engine started in the JVM afterwards. The match is the same.
 * <p>
 * <b>The plan.</b> From a statement's fifth run on a connection the driver prepares it on the server, and PostgreSQL
 * may then plan it once for any parameters. For an authorized query that plan cannot estimate the permission bit
 * masks ({@code PERMS_ & ? = ?}), guesses a handful of grants and joins every task of the unit with every grant of the
 * unit: more than half a minute per count. Statements that check grants are therefore never prepared on the server
 * (the driver's prepare threshold 0 for them alone), so PostgreSQL plans each run for its values; every other
 * statement keeps its prepared plan.
 */
@Component
class AuthorizedQueriesOnPostgresPlugin extends AbstractProcessEnginePlugin {

	static final String JOIN_START = "= ANY(ARRAY[";
	/** What the engine's permission check writes into every statement that checks grants, on PostgreSQL. */
	static final String PERMISSION_CHECK = "A.PERMS_ & ?";
	private static final String POSTGRES = "postgres";

	@Override
	public void preInit(ProcessEngineConfigurationImpl configuration) {
		DbSqlSessionFactory.databaseSpecificAuthJoinStart.put(POSTGRES, JOIN_START);
		DbSqlSessionFactory.databaseSpecificAuthJoinSeparator.put(POSTGRES, ",");
		DbSqlSessionFactory.databaseSpecificAuthJoinEnd.put(POSTGRES, "])");
	}

	@Override
	public void postInit(ProcessEngineConfigurationImpl configuration) {
		if (POSTGRES.equals(configuration.getDatabaseType())) {
			configuration.getSqlSessionFactory().getConfiguration().addInterceptor(new PlannedPerRun());
		}
	}

	/** Keeps the driver from preparing a statement that checks grants on the server. */
	@Intercepts(@Signature(type = StatementHandler.class, method = "prepare", args = { Connection.class, Integer.class }))
	static final class PlannedPerRun implements Interceptor {

		@Override
		public Object intercept(Invocation invocation) throws Throwable {
			Statement statement = (Statement) invocation.proceed();
			String sql = ((StatementHandler) invocation.getTarget()).getBoundSql().getSql();
			if (sql.contains(PERMISSION_CHECK)) {
				unprepared(statement);
			}
			return statement;
		}

		private static void unprepared(Statement statement) throws SQLException {
			statement.unwrap(PGStatement.class).setPrepareThreshold(0);
		}

	}

}
