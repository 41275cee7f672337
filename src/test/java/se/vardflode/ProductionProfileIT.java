package se.vardflode;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.TimeoutError;
import com.microsoft.playwright.options.AriaRole;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import org.junit.jupiter.api.AfterEach;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;
import org.yaml.snakeyaml.Yaml;

import se.vardflode.localidp.LocalIdentityProvider;
import se.vardflode.patient.BrowserFixture;

/**
 * The production profile started as the README's "Running on PostgreSQL" says — the jar,
 * {@code SPRING_PROFILES_ACTIVE=postgres,staff-oidc,patient-oidc} and the database, mail server and identity providers
 * from the environment — against a real PostgreSQL server and the local identity provider (which the README's "Try
 * production locally" runs the same way); then the test stops PostgreSQL under the running application and starts it
 * again. And the {@code postgres} profile alone with the environment {@code docker-compose.yml} gives its app (read
 * from that file, so the two cannot drift apart; only the host names become this machine's).
 */
class ProductionProfileIT {

	private static final Logger log = LoggerFactory.getLogger(ProductionProfileIT.class);

	static final String PASSWORD = "it-only-password";
	static final String PROBLEM_TYPE = "\"type\":\"https://vardflode.se/problem/database-unavailable\"";

	@TempDir
	Path work;

	EmbeddedPostgres postgres;
	GreenMail smtp;
	LocalIdentityProvider.Running identityProvider;
	ChildApplication app;

	@AfterEach
	void stop() throws Exception {
		if (app != null) {
			app.close();
		}
		if (identityProvider != null) {
			identityProvider.close();
		}
		if (smtp != null) {
			smtp.stop();
		}
		if (postgres != null) {
			postgres.close();
		}
	}

	@Test
	void starts_as_the_readme_says_provisioned_with_logins_through_the_identity_provider_answers_503_while_postgresql_is_down_and_recovers()
			throws Exception {
		int databasePort = ChildApplication.freePort();
		postgres = startPostgres(databasePort);
		createDatabaseAndOwner(PASSWORD);
		smtp = new GreenMail(new ServerSetup(ChildApplication.freePort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
		smtp.start();
		identityProvider = LocalIdentityProvider.start(ChildApplication.freePort(), LocalIdentityProvider.DEFAULT_APP);

		app = ChildApplication.start("production", work, Map.ofEntries(
				Map.entry("SPRING_PROFILES_ACTIVE", "postgres,staff-oidc,patient-oidc"),
				Map.entry("SPRING_DATASOURCE_URL", "jdbc:postgresql://localhost:" + databasePort + "/vardflode"),
				Map.entry("SPRING_DATASOURCE_USERNAME", "vardflode"),
				Map.entry("SPRING_DATASOURCE_PASSWORD", PASSWORD),
				Map.entry("SPRING_MAIL_HOST", "127.0.0.1"),
				Map.entry("SPRING_MAIL_PORT", String.valueOf(smtp.getSmtp().getPort())),
				Map.entry("VARDFLODE_STAFF_OIDC_ISSUER_URI", identityProvider.issuer()),
				Map.entry("VARDFLODE_STAFF_OIDC_CLIENT_ID", LocalIdentityProvider.STAFF_CLIENT),
				Map.entry("VARDFLODE_STAFF_OIDC_CLIENT_SECRET", LocalIdentityProvider.STAFF_SECRET),
				Map.entry("VARDFLODE_STAFF_OIDC_PROCESSOWNERROLE", LocalIdentityProvider.PROCESS_OWNER_ROLE),
				Map.entry("VARDFLODE_STAFF_OIDC_MANAGERROLE", LocalIdentityProvider.MANAGER_ROLE),
				Map.entry("VARDFLODE_PATIENT_OIDC_ISSUER_URI", identityProvider.issuer()),
				Map.entry("VARDFLODE_PATIENT_OIDC_CLIENT_ID", LocalIdentityProvider.PATIENT_CLIENT),
				Map.entry("VARDFLODE_PATIENT_OIDC_CLIENT_SECRET", LocalIdentityProvider.PATIENT_SECRET)));
		app.awaitUp(Duration.ofMinutes(4));
		identityProvider.allowApp("http://127.0.0.1:" + app.port());
		String adviceLine = identityProvider.clientCredentialsToken(LocalIdentityProvider.ADVICE_LINE_SCRIPT);
		String processOwner = identityProvider.clientCredentialsToken(LocalIdentityProvider.PROCESS_OWNER_SCRIPT);

		// Provisioned from vardflode.units: every unit's group and filter, and no demo accounts
		JdbcTemplate database = new JdbcTemplate(postgres.getDatabase("vardflode", "vardflode"));
		assertThat(database.queryForObject("select count(*) from act_ru_filter where name_ like 'Min enhet – %'", Integer.class)).isEqualTo(configuredUnits());
		assertThat(database.queryForObject("select count(*) from act_id_user", Integer.class)).isZero();
		// No Basic, no first-run setup; bearer tokens from the identity provider instead
		assertThat(app.get("/api/chats?unitId=radgivning", "nobody", "wrong").statusCode()).isEqualTo(401);
		assertThat(app.postJson("/camunda/api/admin/setup/default/user/create", null, null,
				"{\"profile\":{\"id\":\"angripare\"},\"credentials\":{\"password\":\"hemligt-123\"}}").statusCode()).isIn(401, 403);
		assertThat(app.getWithToken("/engine-rest/task", adviceLine).statusCode()).isEqualTo(200);
		assertThat(app.getWithToken("/api/chats?unitId=radgivning", adviceLine).statusCode()).isEqualTo(200);
		assertThat(app.getWithToken("/actuator/prometheus", processOwner).statusCode()).isEqualTo(200);
		// Staff and patients log in through the identity provider
		assertThat(app.get("/patient/login/options", null, null).body()).contains("/patient/oauth2/authorization/patient");
		patientLogsInThroughTheBroker();

		// When PostgreSQL stops (fast shutdown: open connections are cut)
		postgres.close();

		// Then health is DOWN, and every request that needs the database is a 503 problem detail, each within the
		// request bound of ChildApplication (10 s; the pool waits 3 s)
		HttpResponse<String> health = timed("GET /actuator/health", () -> app.get("/actuator/health", null, null));
		assertThat(health.statusCode()).isEqualTo(503);
		assertThat(health.body()).contains("\"DOWN\"");
		assertDatabaseUnavailable(timed("GET /api/chats", () -> app.getWithToken("/api/chats?unitId=radgivning", adviceLine)));
		assertDatabaseUnavailable(timed("POST /api/triage-contacts", () -> app.postJsonWithToken("/api/triage-contacts", adviceLine,
				"{\"personnummer\":\"19121212-1212\",\"healthCentreUnitId\":\"vc-gavle\",\"channel\":\"PHONE\",\"contactReason\":\"Oro\","
						+ "\"patientEmail\":\"patient@example.invalid\"}")));
		assertDatabaseUnavailable(timed("GET /engine-rest/task", () -> app.getWithToken("/engine-rest/task", adviceLine)));

		// When PostgreSQL is back, the same application answers again
		postgres = startPostgres(databasePort);
		app.awaitUp(Duration.ofMinutes(1));
		assertThat(app.getWithToken("/api/chats?unitId=radgivning", adviceLine).statusCode()).isEqualTo(200);
		assertThat(app.get("/engine-rest/task", "nobody", "wrong").statusCode()).isEqualTo(401);
	}

	@Test
	void starts_with_docker_composes_environment_provisioned_and_its_first_administrator_logs_in_to_the_webapps() throws Exception {
		Map<String, String> compose = composeAppEnvironment();
		int databasePort = ChildApplication.freePort();
		postgres = startPostgres(databasePort);
		createDatabaseAndOwner(compose.get("SPRING_DATASOURCE_PASSWORD"));
		smtp = new GreenMail(new ServerSetup(ChildApplication.freePort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
		smtp.start();
		// the compose services' host names are this machine's here
		compose.put("SPRING_DATASOURCE_URL", compose.get("SPRING_DATASOURCE_URL").replace("//postgres:5432/", "//localhost:" + databasePort + "/"));
		compose.put("SPRING_MAIL_HOST", "127.0.0.1");
		compose.put("SPRING_MAIL_PORT", String.valueOf(smtp.getSmtp().getPort()));

		app = ChildApplication.start("compose", work, compose);
		app.awaitUp(Duration.ofMinutes(4));

		JdbcTemplate database = new JdbcTemplate(postgres.getDatabase("vardflode", "vardflode"));
		assertThat(database.queryForObject("select count(*) from act_ru_filter where name_ like 'Min enhet – %'", Integer.class)).isEqualTo(configuredUnits());
		assertThat(database.queryForList("select user_id_ from act_id_membership where group_id_ = 'camunda-admin'", String.class))
			.containsExactly(compose.get("VARDFLODE_ADMINISTRATOR_USER_ID"));
		assertThat(database.queryForObject("select count(*) from act_id_user", Integer.class)).as("no demo accounts").isOne();

		// The README's "With Docker": the process owner logs in to Admin with the password compose gives
		HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
		String appBase = "http://127.0.0.1:" + app.port();
		browser.send(HttpRequest.newBuilder(URI.create(appBase + "/camunda/app/admin/")).GET().build(), HttpResponse.BodyHandlers.discarding());
		String xsrf = ((CookieManager) browser.cookieHandler().orElseThrow()).getCookieStore().getCookies().stream()
			.filter(cookie -> cookie.getName().equals("XSRF-TOKEN")).map(HttpCookie::getValue).findFirst().orElseThrow();
		HttpResponse<String> login = browser.send(HttpRequest.newBuilder(URI.create(appBase + "/camunda/api/admin/auth/user/default/login/admin"))
			.header("Content-Type", "application/x-www-form-urlencoded").header("X-XSRF-TOKEN", xsrf)
			.POST(HttpRequest.BodyPublishers.ofString("username=" + compose.get("VARDFLODE_ADMINISTRATOR_USER_ID") + "&password="
					+ URLEncoder.encode(compose.get("VARDFLODE_ADMINISTRATOR_PASSWORD"), StandardCharsets.UTF_8)))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(login.statusCode()).isEqualTo(200);
		assertThat(login.body()).contains("\"admin\"", "\"cockpit\"", "\"tasklist\"");
		// without Basic in production a script's password opens nothing
		assertThat(app.get("/api/kpi/chats", compose.get("VARDFLODE_ADMINISTRATOR_USER_ID"), compose.get("VARDFLODE_ADMINISTRATOR_PASSWORD"))
			.statusCode()).isEqualTo(401);
	}

	/**
	 * The app service's environment in docker-compose.yml, each {@code ${NAME:-default}} as its default (what
	 * {@code docker compose up} gives when nothing is set).
	 */
	private static Map<String, String> composeAppEnvironment() throws IOException {
		Map<String, Object> file;
		try (Reader compose = Files.newBufferedReader(Path.of("docker-compose.yml"))) {
			file = new Yaml().load(compose);
		}
		Map<?, ?> app = (Map<?, ?>) ((Map<?, ?>) file.get("services")).get("app");
		Map<String, String> environment = new LinkedHashMap<>();
		Pattern withDefault = Pattern.compile("\\$\\{[A-Z_]+:-([^}]*)}");
		((Map<?, ?>) app.get("environment")).forEach((name, value) -> {
			Matcher variable = withDefault.matcher(String.valueOf(value));
			environment.put(String.valueOf(name), variable.replaceAll(match -> Matcher.quoteReplacement(match.group(1))));
		});
		assertThat(environment).containsKeys("SPRING_PROFILES_ACTIVE", "SPRING_DATASOURCE_URL", "VARDFLODE_ADMINISTRATOR_USER_ID")
			.allSatisfy((name, value) -> assertThat(value).as(name).doesNotContain("${"));
		return environment;
	}

	/** Tolvan logs in on the patient page with "e-legitimation" at the local broker, as a patient does, in Chromium. */
	private void patientLogsInThroughTheBroker() {
		String appBase = "http://127.0.0.1:" + app.port();
		try (BrowserFixture chromium = BrowserFixture.start(); BrowserContext browser = chromium.browser.newContext()) {
			Page page = browser.newPage();
			page.navigate(appBase + "/patient/login");
			page.getByText("Logga in med BankID eller annan e-legitimation").click();
			page.getByPlaceholder("Username").fill("191212121212");
			page.getByPlaceholder("Password").fill(LocalIdentityProvider.PASSWORD);
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
			try {
				page.waitForURL(appBase + "/patient/");
			}
			catch (TimeoutError stayed) {
				page.screenshot(new Page.ScreenshotOptions().setPath(BrowserFixture.screenshot("production-patient-login")));
				throw new AssertionError("The patient's login through the broker ended at " + page.url(), stayed);
			}
			assertThat(browser.request().get(appBase + "/api/patient/tasks").text()).contains("Tolvan Tolvansson");
		}
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

	private void createDatabaseAndOwner(String password) throws SQLException {
		try (Connection connection = postgres.getPostgresDatabase().getConnection(); Statement sql = connection.createStatement()) {
			sql.execute("create role vardflode login password '" + password + "'");
			sql.execute("create database vardflode owner vardflode");
		}
	}


	/** How many units the application's own configuration names (vardflode.units in application.yaml). */
	private static int configuredUnits() throws IOException {
		try (Reader yaml = Files.newBufferedReader(Path.of("src/main/resources/application.yaml"), StandardCharsets.UTF_8)) {
			for (Object document : new Yaml().loadAll(yaml)) {
				if (document instanceof Map<?, ?> root && root.get("vardflode") instanceof Map<?, ?> vardflode
						&& vardflode.get("units") instanceof java.util.List<?> units) {
					return units.size();
				}
			}
		}
		throw new IllegalStateException("application.yaml names no vardflode.units");
	}

}
