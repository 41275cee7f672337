package se.vardflode;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The default profile as {@code ./mvnw spring-boot:run} runs it — the H2 file database under {@code ./data} — killed
 * as {@code kill -9} kills it right after it acknowledged a burst of enrollments, then started again on the same
 * directory: every enrollment it answered 201 is there, with its process instance.
 */
class DefaultProfileKillIT {

	static final int CLIENTS = 4;
	static final int ENROLLMENTS_PER_CLIENT = 20;
	static final Pattern CHAT_ID = Pattern.compile("\"chatId\"\\s*:\\s*\"([^\"]+)\"");

	@TempDir
	Path work;

	ChildApplication app;

	@AfterEach
	void stop() throws Exception {
		if (app != null) {
			app.close();
		}
	}

	@Test
	void every_acknowledged_enrollment_survives_kill_minus_nine() throws Exception {
		app = ChildApplication.start("default-before-kill", work, Map.of()).awaitUp(Duration.ofMinutes(4));
		List<String> acknowledged = enrollConcurrently();
		app.kill();

		app = ChildApplication.start("default-after-kill", work, Map.of()).awaitUp(Duration.ofMinutes(4));

		String chats = app.get("/api/chats?unitId=um-gavle", "um.sara", "demo").body();
		assertThat(acknowledged).hasSize(CLIENTS * ENROLLMENTS_PER_CLIENT).allSatisfy(chatId -> assertThat(chats).contains(chatId));
		String instances = app.get("/engine-rest/process-instance/count?processDefinitionKey=chat-enrollment", "processagare", "demo").body();
		assertThat(instances).isEqualToIgnoringWhitespace("{\"count\":" + acknowledged.size() + "}");
	}

	private List<String> enrollConcurrently() throws Exception {
		ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
		try {
			List<Future<List<String>>> running = new ArrayList<>();
			for (int client = 0; client < CLIENTS; client++) {
				int first = client * ENROLLMENTS_PER_CLIENT;
				running.add(clients.submit(() -> {
					List<String> chatIds = new ArrayList<>();
					for (int n = first; n < first + ENROLLMENTS_PER_CLIENT; n++) {
						HttpResponse<String> created = app.postJson("/api/enrollments", "um.sara", "demo", """
								{"careType":"UM","unitId":"um-gavle","personnummer":"%s","email":"ung%d@example.invalid"}"""
							.formatted(youth(n), n));
						assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
						Matcher chatId = CHAT_ID.matcher(created.body());
						assertThat(chatId.find()).isTrue();
						chatIds.add(chatId.group(1));
					}
					return chatIds;
				}));
			}
			List<String> chatIds = new ArrayList<>();
			for (Future<List<String>> client : running) {
				chatIds.addAll(client.get());
			}
			return chatIds;
		}
		finally {
			clients.shutdownNow();
		}
	}

	/** The n:th young patient: born in 2008 or later, serials 980–999 of Skatteverket's test series, valid check digit. */
	static String youth(int n) {
		String date = LocalDate.of(2008, 1, 1).plusDays(n / 20).format(DateTimeFormatter.BASIC_ISO_DATE);
		String serial = String.valueOf(980 + n % 20);
		String nine = date.substring(2) + serial;
		int sum = 0;
		for (int i = 0; i < nine.length(); i++) {
			int product = (nine.charAt(i) - '0') * (i % 2 == 0 ? 2 : 1);
			sum += product / 10 + product % 10;
		}
		return date + "-" + serial + (10 - sum % 10) % 10;
	}

}
