package se.vardflode.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.repositoryService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import se.vardflode.VardflodeTest;

/**
 * What a browser meets (issue 15, item 6): no Basic challenge, cross-site requests refused whatever their content type,
 * one staff session for the webapps, {@code /kpi} and {@code /api}, a patient session apart, and a CSP on every page
 * of the project's own.
 */
@VardflodeTest
class BrowserFacingSecurityTest {

	static final String FOREIGN_ORIGIN = "https://evil.example";
	static final String DEMO_PASSWORD = "demo";

	@LocalServerPort
	int port;
	@Autowired
	TestRestTemplate http;

	final HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

	@Test
	void a_cross_site_form_post_cannot_withdraw_a_sip_consent_even_with_cached_basic_credentials() {
		String sipId = aSipRequestedByTheMunicipality();

		HttpResponse<String> forged = send(HttpRequest.newBuilder(uri("/api/sip/" + sipId + "/withdraw-consent"))
			.header("Authorization", basic("kommun.eva")).header("Origin", FOREIGN_ORIGIN)
			.header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString("x=1")));

		assertThat(forged.statusCode()).isEqualTo(403);
		assertThat(runtimeService().createEventSubscriptionQuery().eventName("sipConsentWithdrawn")
			.processInstanceId(processOf(sipId)).count()).isEqualTo(1);
	}

	@Test
	void a_script_without_an_origin_still_withdraws_the_consent() {
		String sipId = aSipRequestedByTheMunicipality();

		HttpResponse<String> script = send(HttpRequest.newBuilder(uri("/api/sip/" + sipId + "/withdraw-consent"))
			.header("Authorization", basic("kommun.eva")).POST(HttpRequest.BodyPublishers.noBody()));

		assertThat(script.statusCode()).isEqualTo(204);
	}

	@Test
	void a_cross_site_multipart_deployment_is_refused_and_nothing_is_deployed() {
		long deployments = repositoryService().createDeploymentQuery().count();
		String boundary = "vardflode-boundary";
		String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"deployment-name\"\r\n\r\nforged\r\n"
				+ "--" + boundary + "\r\nContent-Disposition: form-data; name=\"data\"; filename=\"forged.bpmn\"\r\n"
				+ "Content-Type: application/octet-stream\r\n\r\n" + FORGED_PROCESS + "\r\n--" + boundary + "--\r\n";

		HttpResponse<String> forged = send(HttpRequest.newBuilder(uri("/engine-rest/deployment/create"))
			.header("Authorization", basic("processagare")).header("Origin", FOREIGN_ORIGIN)
			.header("Content-Type", "multipart/form-data; boundary=" + boundary).POST(HttpRequest.BodyPublishers.ofString(body)));

		assertThat(forged.statusCode()).isEqualTo(403);
		assertThat(repositoryService().createDeploymentQuery().count()).isEqualTo(deployments);
		assertThat(repositoryService().createProcessDefinitionQuery().processDefinitionKey("forged").count()).isZero();
	}

	@Test
	void no_401_challenges_a_browser_to_its_basic_login_dialog() {
		for (String path : List.of("/api/kpi/chats", "/engine-rest/task", "/actuator/metrics", "/api/chats?unitId=bvc-gavle")) {
			HttpResponse<String> anonymous = send(HttpRequest.newBuilder(uri(path)).GET());
			HttpResponse<String> wrongPassword = send(HttpRequest.newBuilder(uri(path))
				.header("Authorization", "Basic " + Base64.getEncoder().encodeToString("okand.person:fel".getBytes(StandardCharsets.UTF_8)))
				.GET());

			assertThat(anonymous.statusCode()).as(path).isEqualTo(401);
			assertThat(anonymous.headers().firstValue("WWW-Authenticate")).as(path).isEmpty();
			assertThat(wrongPassword.statusCode()).as(path).isEqualTo(401);
			assertThat(wrongPassword.headers().firstValue("WWW-Authenticate")).as(path).isEmpty();
		}
	}

	@Test
	void the_projects_pages_carry_a_content_security_policy() {
		for (String path : List.of("/", "/patient/login", "/kpi/login")) {
			HttpResponse<String> page = send(HttpRequest.newBuilder(uri(path)).GET());

			assertThat(page.statusCode()).as(path).isEqualTo(200);
			assertThat(page.headers().firstValue("Content-Security-Policy")).as(path).hasValue(PagePolicy.CONTENT_SECURITY_POLICY);
		}
		StaffHttpSession staff = new StaffHttpSession(port);
		staff.logIntoKpi("chef.ingrid", DEMO_PASSWORD);
		assertThat(staff.getPage("/kpi").headers().firstValue("Content-Security-Policy")).hasValue(PagePolicy.CONTENT_SECURITY_POLICY);
	}

	@Test
	void engine_rest_answers_carry_the_default_security_headers() {
		HttpResponse<String> tasks = send(HttpRequest.newBuilder(uri("/engine-rest/task")).header("Authorization", basic("bvc.karin")).GET());

		assertThat(tasks.statusCode()).isEqualTo(200);
		assertThat(tasks.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
		assertThat(tasks.headers().firstValue("X-Frame-Options")).hasValue("DENY");
	}

	@Test
	void a_tasklist_login_opens_the_kpi_page_and_api_without_a_second_login() {
		StaffHttpSession nurse = new StaffHttpSession(port);

		assertThat(nurse.logIntoTasklist("bvc.karin", DEMO_PASSWORD)).isEqualTo(200);

		assertThat(nurse.getPage("/kpi").statusCode()).isEqualTo(200);
		assertThat(nurse.get("/api/kpi/chats?from=2026-01&to=2026-06").statusCode()).isEqualTo(200);
	}

	@Test
	void a_tasklist_login_stays_when_the_browser_lost_the_answer_that_follows_it() {
		var nurse = new StaffHttpSession(port);
		assertThat(nurse.logIntoTasklist("radgivning.erik", DEMO_PASSWORD)).isEqualTo(200);
		// she reloads as the login completes: the webapp's next GET, whose answer would bring a new token, never arrives
		String tokenBeforeTheLogin = nurse.cookie("XSRF-TOKEN").orElseThrow();

		HttpResponse<String> firstChange = nurse.postToWebappEngine("/task?firstResult=0&maxResults=15", "{}", tokenBeforeTheLogin);

		assertThat(firstChange.statusCode()).as(firstChange.body()).isEqualTo(200);
		assertThat(nurse.get("/camunda/api/admin/auth/user/default").statusCode()).isEqualTo(200);
	}

	@Test
	void a_wrong_xsrf_token_after_a_tasklist_login_is_refused_and_ends_the_session() {
		var nurse = new StaffHttpSession(port);
		assertThat(nurse.logIntoTasklist("radgivning.erik", DEMO_PASSWORD)).isEqualTo(200);

		assertThat(nurse.postToWebappEngine("/task?firstResult=0&maxResults=15", "{}", "0123456789ABCDEF0123456789ABCDEF").statusCode()).isEqualTo(403);
		assertThat(nurse.get("/camunda/api/admin/auth/user/default").statusCode()).isEqualTo(404);
	}

	@Test
	void without_a_login_the_kpi_page_sends_the_browser_to_its_login_and_the_api_answers_401() {
		StaffHttpSession stranger = new StaffHttpSession(port);

		HttpResponse<String> page = stranger.getPage("/kpi");

		assertThat(page.statusCode()).isEqualTo(302);
		assertThat(page.headers().firstValue("Location")).hasValueSatisfying(location -> assertThat(location).endsWith("/kpi/login"));
		assertThat(stranger.get("/api/kpi/chats").statusCode()).isEqualTo(401);
	}

	@Test
	void the_kpi_login_form_opens_the_api_and_logging_out_closes_it() {
		StaffHttpSession nurse = new StaffHttpSession(port);

		assertThat(nurse.logIntoKpi("bvc.karin", DEMO_PASSWORD)).endsWith("/kpi");
		assertThat(nurse.get("/api/kpi/chats").statusCode()).isEqualTo(200);

		HttpResponse<String> logout = nurse.postForm("/kpi/logout", "");

		assertThat(logout.headers().firstValue("Location")).hasValueSatisfying(location -> assertThat(location).endsWith("/kpi/login?utloggad"));
		assertThat(nurse.get("/api/kpi/chats").statusCode()).isEqualTo(401);
	}

	@Test
	void a_wrong_password_on_the_kpi_login_is_refused() {
		assertThat(new StaffHttpSession(port).logIntoKpi("okand.person", "fel")).endsWith("/kpi/login?fel");
	}

	@Test
	void staff_and_patients_have_session_cookies_of_their_own_names() {
		HttpResponse<String> patientLogin = patientLogsIn();
		StaffHttpSession staff = new StaffHttpSession(port);
		staff.logIntoTasklist("bvc.karin", DEMO_PASSWORD);

		List<String> patientCookies = patientLogin.headers().allValues("Set-Cookie");
		assertThat(patientCookies).anySatisfy(cookie -> assertThat(cookie).startsWith("VARDFLODE_PATIENT=").contains("Path=/")
			.containsIgnoringCase("HttpOnly").contains("SameSite=Lax"));
		assertThat(patientCookies).noneSatisfy(cookie -> assertThat(cookie).startsWith("JSESSIONID="));
		assertThat(staff.cookie("JSESSIONID")).isPresent();
		assertThat(staff.cookie("VARDFLODE_PATIENT")).isEmpty();
	}

	@Test
	void a_patients_session_is_not_a_staff_session() {
		HttpResponse<String> patientLogin = patientLogsIn();
		String patientCookie = patientLogin.headers().allValues("Set-Cookie").stream().filter(cookie -> cookie.startsWith("VARDFLODE_PATIENT="))
			.map(cookie -> cookie.substring(0, cookie.indexOf(';'))).findFirst().orElseThrow();
		String asStaffCookie = "JSESSIONID=" + patientCookie.substring(patientCookie.indexOf('=') + 1);

		for (String cookie : List.of(patientCookie, asStaffCookie)) {
			HttpResponse<String> kpi = send(HttpRequest.newBuilder(uri("/api/kpi/chats")).header("Cookie", cookie).GET());

			assertThat(kpi.statusCode()).as(cookie).isEqualTo(401);
		}
	}

	@Test
	void health_details_are_for_the_process_owner_only() {
		ResponseEntity<String> anonymous = http.getForEntity("/actuator/health", String.class);
		ResponseEntity<String> nurse = http.withBasicAuth("bvc.karin", DEMO_PASSWORD).getForEntity("/actuator/health", String.class);
		ResponseEntity<String> owner = http.withBasicAuth("processagare", DEMO_PASSWORD).getForEntity("/actuator/health", String.class);

		assertThat(anonymous.getBody()).contains("\"status\":\"UP\"").doesNotContain("components", "db");
		assertThat(nurse.getBody()).contains("\"status\":\"UP\"").doesNotContain("components", "db");
		assertThat(owner.getBody()).contains("\"components\"", "\"db\"");
	}

	@Test
	void region_wide_engine_figures_are_for_the_process_owner_only() {
		for (String path : List.of("/engine-rest/metrics/activity-instance-start/sum", "/engine-rest/metrics",
				"/engine-rest/process-definition/statistics", "/engine-rest/process-definition/key/promised-call-back/statistics",
				"/engine-rest/engine/default/process-definition/statistics", "/engine-rest/history/process-instance/report?reportType=duration&periodUnit=month",
				"/engine-rest/task/report/candidate-group-count", "/engine-rest/history/process-definition/cleanable-process-instance-report")) {
			ResponseEntity<String> nurse = http.withBasicAuth("radgivning.erik", DEMO_PASSWORD).getForEntity(path, String.class);
			ResponseEntity<String> owner = http.withBasicAuth("processagare", DEMO_PASSWORD).getForEntity(path, String.class);

			assertThat(nurse.getStatusCode()).as(path).isEqualTo(HttpStatus.FORBIDDEN);
			assertThat(owner.getStatusCode().is2xxSuccessful() || owner.getStatusCode() == HttpStatus.BAD_REQUEST).as(path + " " + owner)
				.isTrue();
		}
	}

	@Test
	void the_webapps_engine_api_keeps_the_region_wide_figures_from_a_nurses_tasklist_session() {
		StaffHttpSession nurse = new StaffHttpSession(port);
		nurse.logIntoTasklist("radgivning.erik", DEMO_PASSWORD);
		StaffHttpSession owner = new StaffHttpSession(port);
		owner.logIntoTasklist("processagare", DEMO_PASSWORD);

		assertThat(nurse.get("/camunda/api/engine/engine/default/process-definition/statistics").statusCode()).isEqualTo(403);
		assertThat(nurse.get("/camunda/api/engine/engine/default/task/count").statusCode()).isEqualTo(200);
		assertThat(owner.get("/camunda/api/engine/engine/default/process-definition/statistics").statusCode()).isEqualTo(200);
	}

	private HttpResponse<String> patientLogsIn() {
		HttpResponse<String> loginPage = send(HttpRequest.newBuilder(uri("/patient/login")).GET());
		String csrf = loginPage.headers().allValues("Set-Cookie").stream().filter(cookie -> cookie.startsWith("PATIENT-XSRF-TOKEN="))
			.map(cookie -> cookie.substring("PATIENT-XSRF-TOKEN=".length(), cookie.indexOf(';'))).findFirst().orElseThrow();
		HttpResponse<String> login = send(HttpRequest.newBuilder(uri("/patient/login"))
			.header("Content-Type", "application/x-www-form-urlencoded").header("Cookie", "PATIENT-XSRF-TOKEN=" + csrf)
			.POST(HttpRequest.BodyPublishers.ofString("username=19121212-1212&password=demo&_csrf=" + csrf)));
		assertThat(login.headers().firstValue("Location")).hasValueSatisfying(location -> assertThat(location).endsWith("/patient/"));
		return login;
	}

	private String aSipRequestedByTheMunicipality() {
		@SuppressWarnings("rawtypes")
		ResponseEntity<Map> request = http.withBasicAuth("kommun.eva", DEMO_PASSWORD).postForEntity("/api/sip-requests", Map.of(
				"patientPersonnummer", "19121212-1212", "patientEmail", "patient@example.invalid",
				"initiatingOrganisation", "Gävle kommun", "initiatingUnitId", "kommun-gavle-socialtjanst", "reason", "Behöver samordnade insatser",
				"participants", Map.of("regionUnitIds", List.of("psykiatri-gavleborg"))), Map.class);
		assertThat(request.getStatusCode()).isEqualTo(HttpStatus.CREATED);
		return (String) request.getBody().get("sipId");
	}

	private String processOf(String sipId) {
		return runtimeService().createProcessInstanceQuery().processDefinitionKey("sip-coordination").processInstanceBusinessKey(sipId)
			.singleResult().getId();
	}

	private String basic(String userId) {
		return "Basic " + Base64.getEncoder().encodeToString((userId + ":" + DEMO_PASSWORD).getBytes(StandardCharsets.UTF_8));
	}

	private URI uri(String path) {
		return URI.create("http://localhost:" + port + path);
	}

	private HttpResponse<String> send(HttpRequest.Builder request) {
		try {
			return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	static final String FORGED_PROCESS = """
			<?xml version="1.0" encoding="UTF-8"?>
			<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:camunda="http://camunda.org/schema/1.0/bpmn"
			    id="forged-definitions" targetNamespace="http://vardflode.se/test">
			  <bpmn:process id="forged" isExecutable="true" camunda:historyTimeToLive="P1D">
			    <bpmn:startEvent id="start" />
			  </bpmn:process>
			</bpmn:definitions>
			""";

}
