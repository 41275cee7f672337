package se.vardflode.governance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.repositoryService;

import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import se.vardflode.VardflodeTest;

/**
 * The webapps have their own copy of the engine REST API ({@code /camunda/api/engine/...}, what Cockpit and Tasklist
 * call, with the webapps' session). The guards are in the engine, so they hold there too; the upload limit has its own
 * filter there.
 */
@VardflodeTest
class WebappEngineApiTest {

	static final String ENGINE_API = "/camunda/api/engine/engine/default";

	@LocalServerPort
	int port;

	@AfterEach
	void removeWhatGotThrough() {
		System.clearProperty(TaskQueryExpressionTest.PROBE);
		repositoryService().createDeploymentQuery().deploymentName("webapp-attack").list()
			.forEach(deployment -> repositoryService().deleteDeployment(deployment.getId(), true));
	}

	@Test
	void a_nurse_in_tasklist_cannot_run_an_expression_in_or_queries() throws Exception {
		WebappSession nurse = login("bvc.karin", "tasklist");

		HttpResponse<String> response = nurse.post(ENGINE_API + "/task", "application/json",
				"{\"orQueries\":[{\"assigneeExpression\":\"" + TaskQueryExpressionTest.ATTACK + "\"}]}");

		assertThat(System.getProperty(TaskQueryExpressionTest.PROBE)).as("the expression ran").isNull();
		assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
	}

	@Test
	void the_process_owner_in_cockpit_cannot_deploy_a_shell_task() throws Exception {
		WebappSession owner = login("processagare", "cockpit");
		String model = """
				<?xml version="1.0" encoding="UTF-8"?>
				<definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:camunda="http://camunda.org/schema/1.0/bpmn"
				    id="d" targetNamespace="http://vardflode.se/attack">
				  <process id="webapp-attack" isExecutable="true" camunda:historyTimeToLive="P1D">
				    <startEvent id="start"/>
				    <sequenceFlow id="toAttack" sourceRef="start" targetRef="attack"/>
				    <serviceTask id="attack" camunda:type="shell">
				      <extensionElements><camunda:field name="command" stringValue="id"/></extensionElements>
				    </serviceTask>
				  </process>
				</definitions>""";

		HttpResponse<String> response = owner.post(ENGINE_API + "/deployment/create", "multipart/form-data; boundary=b", multipart(model));

		assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
		assertThat(response.body()).contains("attack.bpmn", "'attack'", "[TASK_TYPE]");
		assertThat(repositoryService().createDeploymentQuery().deploymentName("webapp-attack").count()).isZero();
	}

	@Test
	void a_deployment_over_the_limit_is_refused_before_it_is_read() throws Exception {
		WebappSession owner = login("processagare", "cockpit");

		HttpResponse<String> response = owner.post(ENGINE_API + "/deployment/create", "multipart/form-data; boundary=b",
				multipart(" ".repeat(6 * 1024 * 1024)));

		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(response.body()).contains("Driftsättningen är för stor: högst 5120 kB tas emot");
	}

	private static String multipart(String bpmn) {
		return "--b\r\nContent-Disposition: form-data; name=\"deployment-name\"\r\n\r\nwebapp-attack\r\n"
				+ "--b\r\nContent-Disposition: form-data; name=\"data\"; filename=\"attack.bpmn\"\r\nContent-Type: application/octet-stream\r\n\r\n"
				+ bpmn + "\r\n--b--\r\n";
	}

	/** Logged in as the webapps' login form does it: their CSRF cookie echoed in a header, and the session cookie. */
	private WebappSession login(String user, String app) throws IOException, InterruptedException {
		WebappSession session = new WebappSession();
		session.client.send(HttpRequest.newBuilder(session.uri("/camunda/app/" + app + "/")).GET().build(), BodyHandlers.discarding());
		HttpResponse<String> login = session.post("/camunda/api/admin/auth/user/default/login/" + app,
				"application/x-www-form-urlencoded", "username=" + URLEncoder.encode(user, StandardCharsets.UTF_8) + "&password=demo");
		assertThat(login.statusCode()).as(login.body()).isEqualTo(200);
		// the login starts a new session, which gets its own CSRF token on its first read
		session.client.send(HttpRequest.newBuilder(session.uri("/camunda/api/admin/auth/user/default")).GET().build(),
				BodyHandlers.discarding());
		return session;
	}

	private class WebappSession {

		final CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);
		final HttpClient client = HttpClient.newBuilder().cookieHandler(cookies).build();

		URI uri(String path) {
			return URI.create("http://localhost:" + port + path);
		}

		HttpResponse<String> post(String path, String contentType, String body) throws IOException, InterruptedException {
			String xsrf = cookies.getCookieStore().getCookies().stream().filter(cookie -> cookie.getName().equals("XSRF-TOKEN"))
				.reduce((first, second) -> second).orElseThrow().getValue();
			return client.send(HttpRequest.newBuilder(uri(path)).header("Content-Type", contentType).header("X-XSRF-TOKEN", xsrf)
				.POST(BodyPublishers.ofString(body)).build(), BodyHandlers.ofString());
		}

	}

}
