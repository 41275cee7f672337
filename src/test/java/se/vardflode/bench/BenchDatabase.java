package se.vardflode.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * One PostgreSQL 16 server (zonky's embedded binaries) holding a fresh database per measured configuration, or the
 * server the user names with {@code -Dbench.jdbcUrl} (then every configuration shares that database, which must be
 * empty). Commits are durable ({@code synchronous_commit=on}, PostgreSQL's default): zonky turns it off for tests,
 * which would flatter every write figure.
 */
final class BenchDatabase implements AutoCloseable {

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
			return new BenchDatabase(EmbeddedPostgres.builder()
				.setServerConfig("synchronous_commit", System.getProperty("bench.synchronousCommit", "on"))
				.setRegisterShutdownHook(false)
				.start());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
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
