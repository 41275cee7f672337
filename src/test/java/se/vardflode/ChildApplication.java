package se.vardflode;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The application as its users run it, {@code java -jar target/vardflode-<version>.jar}, in a process of its own: a
 * test can start it with the environment the README names, and kill it as {@code kill -9} would. Used by the
 * integration tests (failsafe, after {@code package} has built the jar). Its output goes to
 * {@code target/child-logs/<name>.log}.
 */
public final class ChildApplication implements AutoCloseable {

	static final Path JAR = Path.of(System.getProperty("vardflode.jar", "target/vardflode-0.1.0-SNAPSHOT.jar")).toAbsolutePath();
	/** What the test JVM's own environment must not pass on: the child gets exactly what the test names. */
	private static final List<String> OWN_SETTINGS = List.of("SPRING_", "CAMUNDA_", "VARDFLODE_", "SERVER_", "MANAGEMENT_", "JAVA_TOOL_OPTIONS");

	private final String name;
	private final Process process;
	private final int port;
	private final Path log;
	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

	private ChildApplication(String name, Process process, int port, Path log) {
		this.name = name;
		this.process = process;
		this.port = port;
		this.log = log;
	}

	/**
	 * Starts the jar in {@code workingDirectory} with {@code environment} (plus {@code SERVER_PORT}, a free port) and
	 * the command-line {@code arguments}.
	 */
	public static ChildApplication start(String name, Path workingDirectory, Map<String, String> environment, String... arguments) {
		if (!Files.isRegularFile(JAR)) {
			throw new IllegalStateException(JAR + " is missing: the integration tests run after ./mvnw package");
		}
		int port = freePort();
		List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
				"-Xmx512m", "-XX:TieredStopAtLevel=1", "-jar", JAR.toString()));
		command.addAll(List.of(arguments));
		ProcessBuilder builder = new ProcessBuilder(command).directory(workingDirectory.toFile()).redirectErrorStream(true);
		builder.environment().keySet().removeIf(key -> OWN_SETTINGS.stream().anyMatch(key::startsWith));
		builder.environment().putAll(environment);
		builder.environment().put("SERVER_PORT", String.valueOf(port));
		try {
			Path log = Files.createDirectories(Path.of("target", "child-logs")).resolve(name + ".log");
			builder.redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
			return new ChildApplication(name, builder.start(), port, log);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Waits until {@code /actuator/health} says UP; fails at once if the process ends instead. */
	public ChildApplication awaitUp(Duration atMost) {
		await().atMost(atMost).pollInterval(Duration.ofMillis(500)).ignoreExceptions().until(() -> {
			if (!process.isAlive()) {
				throw new IllegalStateException(name + " ended with exit code " + process.exitValue() + ", see " + log.toAbsolutePath());
			}
			HttpResponse<String> health = get("/actuator/health", null, null);
			return health.statusCode() == 200 && health.body().contains("\"UP\"");
		});
		return this;
	}

	public HttpResponse<String> get(String path, String user, String password) throws IOException, InterruptedException {
		return send(request(path, user, password).GET());
	}

	/** With a bearer token from the identity provider instead of Basic (the production profile has no Basic). */
	public HttpResponse<String> getWithToken(String path, String token) throws IOException, InterruptedException {
		return send(request(path, null, null).header("Authorization", "Bearer " + token).GET());
	}

	public HttpResponse<String> postJsonWithToken(String path, String token, String json) throws IOException, InterruptedException {
		return send(request(path, null, null).header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)));
	}

	public HttpResponse<String> postJson(String path, String user, String password, String json) throws IOException, InterruptedException {
		return send(request(path, user, password).header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)));
	}

	private HttpRequest.Builder request(String path, String user, String password) {
		// the answer's bound while the database is away: a request that gets none within it fails the test
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).timeout(Duration.ofSeconds(10));
		if (user != null) {
			request.header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)));
		}
		return request;
	}

	private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
		return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
	}

	/** As {@code kill -9}: the JVM ends at once, nothing of it runs any more (no shutdown hooks, no flush). */
	public void kill() throws InterruptedException {
		process.destroyForcibly();
		process.waitFor(30, TimeUnit.SECONDS);
	}

	public String name() {
		return name;
	}

	public int port() {
		return port;
	}

	@Override
	public void close() throws InterruptedException {
		if (process.isAlive()) {
			process.destroy();
			if (!process.waitFor(60, TimeUnit.SECONDS)) {
				kill();
			}
		}
	}

	public static int freePort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
