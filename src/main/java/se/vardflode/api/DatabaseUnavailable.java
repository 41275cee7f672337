package se.vardflode.api;

import java.net.URI;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.transaction.TransactionSystemException;

/**
 * The answer while the database cannot be reached: 503 with a problem detail of type
 * {@code https://vardflode.se/problem/database-unavailable}, a Swedish detail and {@code Retry-After}, for every
 * request that needed the database — wherever it noticed: the login check before any handler
 * ({@link DatabaseUnavailableFilter}), the project's API ({@link ProblemDetailsHandler}) or the engine REST API
 * ({@link EngineRestErrors}). The pool waits at most {@code spring.datasource.hikari.connection-timeout}
 * for a connection, so the answer comes within that.
 */
final class DatabaseUnavailable {

	static final URI TYPE = URI.create(ApiProblem.TYPE_BASE + "database-unavailable");
	static final String TITLE = "Tjänsten är tillfälligt otillgänglig";
	static final String DETAIL = "Vårdflöde når inte sin databas just nu, så begäran kunde inte utföras. Försök igen om en stund.";
	/** Seconds; a restarted database server is usually back within this. */
	static final String RETRY_AFTER = "10";

	private DatabaseUnavailable() {
	}

	/**
	 * Whether the failure is the database being out of reach, not a fault of the request: the pool gave up waiting
	 * for a connection, or the driver lost or could not open one (SQLSTATE class 08, PostgreSQL's 57P01–57P03 for a
	 * server that is shutting down or starting).
	 */
	static boolean causedBy(Throwable failure) {
		return connectionFailure(failure) != null;
	}

	/**
	 * The connection failure itself, for the log: the engine's wrapping exceptions name the statement and its
	 * parameters, which may be personal data.
	 */
	static String reason(Throwable failure) {
		SQLException cause = connectionFailure(failure);
		return cause == null ? "" : cause.getClass().getSimpleName() + ": " + cause.getMessage();
	}

	private static SQLException connectionFailure(Throwable failure) {
		for (Throwable cause = failure; cause != null && cause.getCause() != cause; cause = cause.getCause()) {
			if (cause instanceof SQLTransientConnectionException || cause instanceof SQLNonTransientConnectionException) {
				return (SQLException) cause;
			}
			if (cause instanceof SQLException sql && sql.getSQLState() != null
					&& (sql.getSQLState().startsWith("08") || sql.getSQLState().matches("57P0[123]"))) {
				return sql;
			}
			// a rollback on the connection the outage broke fails too ("Connection is closed", no SQLSTATE) and
			// overrides the failure that says why: the database being away
			if (cause instanceof TransactionSystemException rollback && rollback.getApplicationException() != null) {
				SQLException original = connectionFailure(rollback.getApplicationException());
				if (original != null) {
					return original;
				}
			}
		}
		return null;
	}

	static ProblemDetail problem(String instance) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE, DETAIL);
		problem.setType(TYPE);
		problem.setTitle(TITLE);
		try {
			problem.setInstance(URI.create(instance));
		}
		catch (IllegalArgumentException notAUri) {
			// a request path that is no URI is left out rather than failing the answer
		}
		return problem;
	}

	/** The same problem as plain members, for writers that do not know Spring's {@link ProblemDetail}. */
	static Map<String, Object> members(String instance) {
		Map<String, Object> members = new LinkedHashMap<>();
		members.put("type", TYPE.toString());
		members.put("title", TITLE);
		members.put("status", HttpStatus.SERVICE_UNAVAILABLE.value());
		members.put("detail", DETAIL);
		if (instance != null) {
			members.put("instance", instance);
		}
		return members;
	}

}
