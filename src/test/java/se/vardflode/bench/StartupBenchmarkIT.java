package se.vardflode.bench;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.vardflode.ChildApplication;

/**
 * Startup (issue 22): the time from {@code java -jar} (the bench profile's jar, -Xmx512m, no other JVM option) until
 * {@code /actuator/health} answers UP, on H2 (the default profile, a new file database) and on PostgreSQL (the
 * production profile, zonky's server), each twice: first on an empty database (the engine creates its schema, Flyway
 * migrates), then restarted on that database. Health is asked every 100 ms, so figures are ±0.1 s.
 */
class StartupBenchmarkIT {

	private static final Path JAR = Path.of(System.getProperty("vardflode.jar", "target/vardflode-0.1.0-SNAPSHOT.jar"))
		.toAbsolutePath();
	private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();

	@TempDir
	Path work;

	@Test
	void from_java_jar_to_health_up_on_h2_and_on_postgresql() throws Exception {
		BenchReport report = new BenchReport("H2 file database; embedded PostgreSQL 16 (zonky)");
		Map<String, Object> h2 = new LinkedHashMap<>();
		h2.put("emptyDatabaseSeconds", secondsToHealthUp("h2-first", Map.of()));
		h2.put("restartSeconds", secondsToHealthUp("h2-restart", Map.of()));
		Map<String, Object> postgres = new LinkedHashMap<>();
		try (EmbeddedPostgres server = EmbeddedPostgres.builder().setRegisterShutdownHook(false).start()) {
			try (Connection connection = server.getPostgresDatabase().getConnection();
					Statement sql = connection.createStatement()) {
				sql.execute("create database vardflode");
			}
			Map<String, String> production = Map.of("SPRING_PROFILES_ACTIVE", "postgres", "SPRING_DATASOURCE_URL",
					server.getJdbcUrl("postgres", "vardflode"), "SPRING_DATASOURCE_USERNAME", "postgres",
					"SPRING_DATASOURCE_PASSWORD", "", "SPRING_MAIL_HOST", "127.0.0.1");
			postgres.put("emptyDatabaseSeconds", secondsToHealthUp("postgres-first", production));
			postgres.put("restartSeconds", secondsToHealthUp("postgres-restart", production));
		}
		report.put("startupH2", h2);
		report.put("startupPostgres", postgres);
		report.write("results-startup.json", Map.of(), Map.of("startupH2", h2, "startupPostgres", postgres));
	}

	private double secondsToHealthUp(String name, Map<String, String> environment) throws Exception {
		int port = ChildApplication.freePort();
		List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
				"-Xmx512m", "-jar", JAR.toString(), "--server.port=" + port));
		ProcessBuilder builder = new ProcessBuilder(command).directory(work.toFile()).redirectErrorStream(true);
		builder.environment().keySet().removeIf(key -> key.startsWith("SPRING_") || key.startsWith("CAMUNDA_")
				|| key.startsWith("VARDFLODE_") || key.startsWith("JAVA_TOOL_OPTIONS"));
		builder.environment().putAll(environment);
		Path log = Files.createDirectories(Path.of("target", "bench")).resolve("startup-" + name + ".log");
		builder.redirectOutput(ProcessBuilder.Redirect.to(log.toFile()));
		long started = System.nanoTime();
		Process process = builder.start();
		try {
			await().atMost(Duration.ofMinutes(5)).pollInterval(Duration.ofMillis(100)).ignoreExceptions().until(() -> {
				if (!process.isAlive()) {
					throw new IllegalStateException(name + " ended with " + process.exitValue() + ", see " + log);
				}
				return isUp(port);
			});
			return Latencies.round((System.nanoTime() - started) / 1e9);
		}
		finally {
			process.destroy();
			if (!process.waitFor(60, TimeUnit.SECONDS)) {
				process.destroyForcibly();
			}
		}
	}

	private static boolean isUp(int port) throws IOException, InterruptedException {
		HttpResponse<String> health = HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
				+ "/actuator/health")).timeout(Duration.ofSeconds(2)).build(), HttpResponse.BodyHandlers.ofString());
		return health.statusCode() == 200 && health.body().contains("\"UP\"");
	}

}
