package se.vardflode.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import org.camunda.bpm.engine.ManagementService;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import se.vardflode.Mailbox;
import se.vardflode.bench.BenchNode.Configuration;

/**
 * The SQL of one enrollment as PostgreSQL's statement log shows it (issue 22: at most 30): a server that logs every
 * statement ({@code log_statement=all}, with the database and the virtual transaction of each line), one tuned node on
 * it, one UM enrollment through {@code POST /api/enrollments}, and the jobs that enrollment leaves due now run one by
 * one through the engine, as the job executor runs them (without its acquisition and lock, two statements per batch of
 * jobs, which the executor's polling would mix into the count). Between marks in the log, for the request (the Basic
 * login's two look-ups and the enrollment's transaction) and for the jobs apart: every statement the node sent, by kind
 * and by table, and how many transactions. Written to {@code target/bench/results-statements.json}.
 */
class EnrollmentStatementsBenchmark {

	private static final Logger log = LoggerFactory.getLogger(EnrollmentStatementsBenchmark.class);

	private static final String DATABASE = "statements";
	/** The benchmark's own connections (marks, the look-up of due jobs): left out of the count. */
	private static final String PROBE = "bench-probe";
	/**
	 * {@code <database>@<application>@<virtual transaction id>@LOG:  execute <name>: <sql>} (or {@code statement: <sql>}).
	 */
	private static final Pattern STATEMENT = Pattern
		.compile("(?s)^" + DATABASE + "@([^@]*)@([^@]*)@LOG:\\s+(?:execute [^:]+|statement): (.*)$");
	private static final Pattern TABLE = Pattern
		.compile("(?is)^\\s*(?:insert\\s+into|update|delete\\s+from|select\\b.*?\\bfrom)\\s+([a-z_0-9.]+)");

	@Test
	void one_enrollment_statement_by_statement() throws Exception {
		Mailbox.get(); // the test JVM's mail server, which the node's mail settings point to
		Path logDirectory = Files.createDirectories(BenchReport.DIRECTORY.resolve("postgres-log").toAbsolutePath());
		Files.deleteIfExists(logDirectory.resolve("statements.log"));
		try (EmbeddedPostgres postgres = EmbeddedPostgres.builder()
			.setServerConfig("synchronous_commit", "on")
			.setServerConfig("logging_collector", "on")
			.setServerConfig("log_directory", logDirectory.toString())
			.setServerConfig("log_filename", "statements.log")
			.setServerConfig("log_truncate_on_rotation", "on")
			.setServerConfig("log_rotation_size", "0")
			.setServerConfig("log_line_prefix", "%d@%a@%v@")
			.setServerConfig("log_statement", "all")
			.setRegisterShutdownHook(false)
			.start()) {
			try (Connection connection = postgres.getPostgresDatabase().getConnection();
					Statement statement = connection.createStatement()) {
				statement.execute("create database " + DATABASE);
			}
			BenchDatabase.Login login = new BenchDatabase.Login(postgres.getJdbcUrl("postgres", DATABASE), "postgres", "");
			try (BenchNode node = BenchNode.start("statements", Configuration.TUNED, login)) {
				StaffClient nurse = new StaffClient(node.baseUrl(), EnrollmentLoad.YOUTH_NURSE, "demo");
				// warm: the first enrollment reads definitions, forms and the decision into the engine's caches
				enroll(nurse, 900_000);
				runDueJobs(node, login);
				Path file = logDirectory.resolve("statements.log");
				mark(login, file, "before");
				enroll(nurse, 900_001);
				mark(login, file, "request");
				runDueJobs(node, login);
				mark(login, file, "after");
				List<String> lines = Files.readAllLines(file);
				Map<String, Object> result = new LinkedHashMap<>();
				result.put("request", count(lines, "before", "request"));
				result.put("jobsDueAtOnce", count(lines, "request", "after"));
				Files.createDirectories(BenchReport.DIRECTORY);
				new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
					.writeValue(BenchReport.DIRECTORY.resolve("results-statements.json").toFile(), result);
				log.warn("One enrollment in PostgreSQL's statement log (target/bench/results-statements.json): {}", result);
			}
		}
	}

	private static void enroll(StaffClient nurse, int patient) {
		HttpResponse<String> response = nurse.post("/api/enrollments", """
				{"careType":"UM","unitId":"%s","personnummer":"%s","email":"%s"}"""
			.formatted(EnrollmentLoad.UNIT, TestPersonnummer.nth(patient), EnrollmentLoad.patientMail(patient)));
		assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
	}

	/** The jobs an enrollment leaves due now (the welcome mail), each run as the job executor would. */
	private static void runDueJobs(BenchNode node, BenchDatabase.Login login) throws SQLException {
		ManagementService management = node.engine().getManagementService();
		for (String jobId : dueJobs(login)) {
			management.executeJob(jobId);
		}
	}

	/** The executor's acquisition, on the benchmark's own connection: not counted. */
	private static List<String> dueJobs(BenchDatabase.Login login) throws SQLException {
		List<String> ids = new ArrayList<>();
		try (Connection connection = probe(login); Statement statement = connection.createStatement();
				ResultSet rows = statement.executeQuery("select id_ from act_ru_job where retries_ > 0 "
						+ "and (duedate_ is null or duedate_ <= current_timestamp) and suspension_state_ = 1")) {
			while (rows.next()) {
				ids.add(rows.getString(1));
			}
		}
		return ids;
	}

	private static Connection probe(BenchDatabase.Login login) throws SQLException {
		Properties properties = new Properties();
		properties.setProperty("user", login.user());
		properties.setProperty("password", login.password());
		properties.setProperty("ApplicationName", PROBE);
		return DriverManager.getConnection(login.url(), properties);
	}

	private static void mark(BenchDatabase.Login login, Path log, String name) throws SQLException {
		try (Connection connection = probe(login); Statement statement = connection.createStatement()) {
			statement.execute("select 'bench-mark-" + name + "'");
		}
		// the logging collector writes a moment later
		await().atMost(Duration.ofSeconds(30)).ignoreExceptions().until(() -> Files.readString(log).contains("bench-mark-" + name));
	}

	private static Map<String, Object> count(List<String> lines, String from, String to) {
		int start = indexOf(lines, "bench-mark-" + from);
		int end = indexOf(lines, "bench-mark-" + to);
		Map<String, Integer> byKind = new TreeMap<>();
		Map<String, Integer> byTable = new TreeMap<>();
		Map<String, Integer> byTransaction = new LinkedHashMap<>();
		int statements = 0;
		for (String line : entries(lines.subList(start + 1, end))) {
			Matcher matcher = STATEMENT.matcher(line);
			if (!matcher.matches() || PROBE.equals(matcher.group(1))) {
				continue;
			}
			String sql = matcher.group(3).strip();
			String kind = sql.split("\\s+", 2)[0].toLowerCase();
			// not the enrollment's: transaction boundaries, the pool's connection check and a new connection's SET
			if (kind.isEmpty() || kind.equals("begin") || kind.equals("commit") || kind.equals("rollback") || kind.equals("set")) {
				byKind.merge(kind.isEmpty() ? "empty (connection check)" : kind, 1, Integer::sum);
				continue;
			}
			statements++;
			byKind.merge(kind, 1, Integer::sum);
			Matcher table = TABLE.matcher(sql);
			byTable.merge(kind + " " + (table.find() ? table.group(1).toLowerCase() : "?"), 1, Integer::sum);
			byTransaction.merge(matcher.group(2), 1, Integer::sum);
		}
		Map<String, Object> result = new LinkedHashMap<>();
		result.put("statements", statements);
		result.put("transactions", byTransaction.size());
		result.put("statementsPerTransaction", byTransaction.values());
		result.put("byKind", byKind);
		result.put("byTable", byTable);
		return result;
	}

	/** The log's lines joined into entries: a statement's SQL goes on over lines without the prefix. */
	private static List<String> entries(List<String> lines) {
		List<String> entries = new ArrayList<>();
		for (String line : lines) {
			if (line.startsWith(DATABASE + "@") || entries.isEmpty()) {
				entries.add(line);
			}
			else {
				entries.set(entries.size() - 1, entries.get(entries.size() - 1) + "\n" + line);
			}
		}
		return entries;
	}

	private static int indexOf(List<String> lines, String text) {
		for (int i = lines.size() - 1; i >= 0; i--) {
			if (lines.get(i).contains(text)) {
				return i;
			}
		}
		throw new IllegalStateException("No " + text + " in the statement log");
	}

}
