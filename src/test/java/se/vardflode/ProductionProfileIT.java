package se.vardflode;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Map;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import org.junit.jupiter.api.AfterEach;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The production profile started as the README's "Running on PostgreSQL" says — the jar, {@code SPRING_PROFILES_ACTIVE=postgres}
 * and the database and mail server from the environment — against a real PostgreSQL server, which the test then
 * stops and starts again under the running application.
 */
class ProductionProfileIT {

	private static final Logger log = LoggerFactory.getLogger(ProductionProfileIT.class);

	static final String PASSWORD = "it-only-password";
	static final String PROBLEM_TYPE = "\"type\":\"https://vardflode.se/problem/database-unavailable\"";

	@TempDir
	Path work;

	EmbeddedPostgres postgres;
	GreenMail smtp;
	ChildApplication app;

	@AfterEach
	void stop() throws Exception {
		if (app != null) {
			app.close();
		}
		if (smtp != null) {
			smtp.stop();
		}
		if (postgres != null) {
			postgres.close();
		}
	}

	@Test
	void starts_as_the_readme_says_answers_503_while_postgresql_is_down_and_recovers_without_a_restart() throws Exception {
		int databasePort = ChildApplication.freePort();
		postgres = startPostgres(databasePort);
		createDatabaseAndOwner();
		smtp = new GreenMail(new ServerSetup(ChildApplication.freePort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
		smtp.start();

		app = ChildApplication.start("production", work, Map.of(
				"SPRING_PROFILES_ACTIVE", "postgres",
				"SPRING_DATASOURCE_URL", "jdbc:postgresql://localhost:" + databasePort + "/vardflode",
				"SPRING_DATASOURCE_USERNAME", "vardflode",
				"SPRING_DATASOURCE_PASSWORD", PASSWORD,
				"SPRING_MAIL_HOST", "127.0.0.1",
				"SPRING_MAIL_PORT", String.valueOf(smtp.getSmtp().getPort())));
		app.awaitUp(Duration.ofMinutes(4));
		assertThat(app.get("/api/chats?unitId=um-gavle", "nobody", "wrong").statusCode()).isEqualTo(401);

		// When PostgreSQL stops (fast shutdown: open connections are cut)
		postgres.close();

		// Then health is DOWN, and every request that needs the database — the login check included — is a 503
		// problem detail, each within the request bound of ChildApplication (10 s; the pool waits 3 s)
		HttpResponse<String> health = timed("GET /actuator/health", () -> app.get("/actuator/health", null, null));
		assertThat(health.statusCode()).isEqualTo(503);
		assertThat(health.body()).contains("\"DOWN\"");
		assertDatabaseUnavailable(timed("GET /api/chats", () -> app.get("/api/chats?unitId=um-gavle", "um.sara", "demo")));
		assertDatabaseUnavailable(timed("POST /api/enrollments", () -> app.postJson("/api/enrollments", "um.sara", "demo",
				"{\"careType\":\"UM\",\"unitId\":\"um-gavle\",\"personnummer\":\"20080808-0808\",\"email\":\"patient@example.invalid\"}")));
		assertDatabaseUnavailable(timed("GET /engine-rest/task", () -> app.get("/engine-rest/task", "um.sara", "demo")));
		assertDatabaseUnavailable(timed("GET /actuator/prometheus", () -> app.get("/actuator/prometheus", "processagare", "demo")));

		// When PostgreSQL is back, the same application answers again
		postgres = startPostgres(databasePort);
		app.awaitUp(Duration.ofMinutes(1));
		assertThat(app.get("/api/chats?unitId=um-gavle", "nobody", "wrong").statusCode()).isEqualTo(401);
		assertThat(app.get("/engine-rest/task", "nobody", "wrong").statusCode()).isEqualTo(401);
	}

	/** What each answer took while the database was down, for docs/benchmarks.md; the bound is ChildApplication's. */
	private static HttpResponse<String> timed(String request, Call call) throws Exception {
		long start = System.nanoTime();
		HttpResponse<String> response = call.run();
		log.info("Database down: {} answered {} after {} ms", request, response.statusCode(), (System.nanoTime() - start) / 1_000_000);
		return response;
	}

	interface Call {

		HttpResponse<String> run() throws Exception;

	}

	private static void assertDatabaseUnavailable(HttpResponse<String> response) {
		assertThat(response.statusCode()).isEqualTo(503);
		assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
		assertThat(response.headers().firstValue("Retry-After")).hasValue("10");
		assertThat(response.body().replace(" ", "")).contains(PROBLEM_TYPE);
		assertThat(response.body()).contains("Vårdflöde når inte sin databas just nu");
	}

	/** The same data directory and port every time, as a restarted server has. */
	private EmbeddedPostgres startPostgres(int port) throws IOException {
		return EmbeddedPostgres.builder()
			.setDataDirectory(work.resolve("postgres"))
			.setCleanDataDirectory(false)
			.setPort(port)
			.setRegisterShutdownHook(false)
			.start();
	}

	private void createDatabaseAndOwner() throws SQLException {
		try (Connection connection = postgres.getPostgresDatabase().getConnection(); Statement sql = connection.createStatement()) {
			sql.execute("create role vardflode login password '" + PASSWORD + "'");
			sql.execute("create database vardflode owner vardflode");
		}
	}

}
