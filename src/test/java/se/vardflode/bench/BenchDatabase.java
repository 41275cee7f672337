package se.vardflode.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * One PostgreSQL 16 server (zonky's embedded binaries) holding a fresh database per measured configuration, or the
 * server the user names with {@code -Dbench.jdbcUrl} (then every configuration shares that database, which must be
 * empty). Commits are durable ({@code synchronous_commit=on}, PostgreSQL's default): zonky turns it off for tests,
 * which would flatter every write figure. With {@code -Dbench.slowPlansMs=500} the embedded server logs the plan of
 * every statement that ran longer, as it ran (PostgreSQL's {@code auto_explain}, row counts without timing, which
 * costs every statement a little), to {@code target/bench/postgres-log/slow-plans.log}, each line headed by its
 * database (stock or tuned).
 */
final class BenchDatabase implements AutoCloseable {

	private static final String SLOW_PLANS = "slow-plans.log";

	private final EmbeddedPostgres postgres;
	private final String externalUrl = System.getProperty("bench.jdbcUrl");

	private BenchDatabase(EmbeddedPostgres postgres) {
		this.postgres = postgres;
	}

	static BenchDatabase start() {
		if (System.getProperty("bench.jdbcUrl") != null) {
			return new BenchDatabase(null);
		}
		try {
			EmbeddedPostgres.Builder server = EmbeddedPostgres.builder()
				.setServerConfig("synchronous_commit", System.getProperty("bench.synchronousCommit", "on"))
				.setRegisterShutdownHook(false);
			String slowPlansMs = System.getProperty("bench.slowPlansMs");
			if (slowPlansMs != null) {
				logSlowPlans(server, Integer.parseInt(slowPlansMs));
			}
			return new BenchDatabase(server.start());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static void logSlowPlans(EmbeddedPostgres.Builder server, int milliseconds) throws IOException {
		Path directory = Files.createDirectories(BenchReport.DIRECTORY.resolve("postgres-log").toAbsolutePath());
		Files.deleteIfExists(directory.resolve(SLOW_PLANS));
		server.setServerConfig("session_preload_libraries", "auto_explain")
			.setServerConfig("auto_explain.log_min_duration", milliseconds + "ms")
			.setServerConfig("auto_explain.log_analyze", "on")
			.setServerConfig("auto_explain.log_timing", "off")
			.setServerConfig("auto_explain.log_buffers", "on")
			.setServerConfig("logging_collector", "on")
			.setServerConfig("log_directory", directory.toString())
			.setServerConfig("log_filename", SLOW_PLANS)
			.setServerConfig("log_rotation_size", "0")
			.setServerConfig("log_line_prefix", "%d@%m@");
	}

	/** A new empty database, e.g. one per configuration so that neither sees the other's rows. */
	Login create(String name) {
		if (postgres == null) {
			return new Login(externalUrl, System.getProperty("bench.jdbcUser", "postgres"),
					System.getProperty("bench.jdbcPassword", ""));
		}
		try (Connection connection = postgres.getPostgresDatabase().getConnection();
				Statement statement = connection.createStatement()) {
			statement.execute("create database " + name);
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Cannot create database " + name, ex);
		}
		return new Login(postgres.getJdbcUrl("postgres", name), "postgres", "");
	}

	String description() {
		return postgres == null ? "PostgreSQL at " + externalUrl : "embedded PostgreSQL 16 (zonky), synchronous_commit="
				+ System.getProperty("bench.synchronousCommit", "on");
	}

	@Override
	public void close() throws IOException {
		if (postgres != null) {
			postgres.close();
		}
	}

	record Login(String url, String user, String password) {
	}

}
