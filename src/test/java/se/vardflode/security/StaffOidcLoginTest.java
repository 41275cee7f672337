package se.vardflode.security;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import se.vardflode.localidp.LocalIdentityProvider;
import se.vardflode.patient.BrowserFixture;
import se.vardflode.triage.CallBackFixtures;

/**
 * Staff log in through the region's identity provider — here the local one, a real OpenID Connect provider on its own
 * port, reached by real Chromium — with the profile {@code staff-oidc} on the demo region: one session for Tasklist,
 * Cockpit and {@code /kpi}, units and roles from the claims, the Camunda account made at login, logout at the provider
 * too; and machines with bearer tokens from it (client credentials).
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ActiveProfiles({ "default", "staff-oidc" })
class StaffOidcLoginTest {

	static final String NURSE = "radgivning.erik";
	static final String NURSE_HSA_ID = "SE0000000000-P0007";
	static final String ADVICE_LINE = "radgivning";

	static LocalIdentityProvider.Running identityProvider;
	static BrowserFixture chromium;

	@LocalServerPort
	int port;
	@Autowired
	RuntimeService runtimeService;
	@Autowired
	IdentityService identityService;

	final HttpClient http = HttpClient.newHttpClient();
	ProcessInstance callBack;

	@DynamicPropertySource
	static void theRegionsIdentityProvider(DynamicPropertyRegistry registry) {
		identityProvider = LocalIdentityProvider.start(freePort(), "http://127.0.0.1");
		registry.add("VARDFLODE_STAFF_OIDC_ISSUER_URI", identityProvider::issuer);
		registry.add("VARDFLODE_STAFF_OIDC_CLIENT_ID", () -> LocalIdentityProvider.STAFF_CLIENT);
		registry.add("VARDFLODE_STAFF_OIDC_CLIENT_SECRET", () -> LocalIdentityProvider.STAFF_SECRET);
		registry.add("vardflode.staff.oidc.process-owner-role", () -> LocalIdentityProvider.PROCESS_OWNER_ROLE);
		registry.add("vardflode.staff.oidc.manager-role", () -> LocalIdentityProvider.MANAGER_ROLE);
	}

	@BeforeAll
	static void startChromium() {
		chromium = BrowserFixture.start();
	}

	@AfterAll
	static void stop() {
		if (chromium != null) {
			chromium.close();
		}
		if (identityProvider != null) {
			identityProvider.close();
		}
	}

	@BeforeEach
	void theAdviceLineHasACallBackToMake() {
		identityProvider.allowApp(appBase());
		callBack = CallBackFixtures.adviceLinePromisesCallBack(runtimeService, Instant.now(), Duration.ofHours(2));
	}

	@AfterEach
	void removeTheCallBack() {
		runtimeService.deleteProcessInstance(callBack.getId(), "test done");
	}

	@Test
	void a_nurse_logs_in_at_the_identity_provider_sees_her_units_tasks_in_tasklist_and_opens_kpi_without_a_second_login() {
		try (BrowserContext desktop = desktop()) {
			Page page = desktop.newPage();
			try {
				StaffLogin.logInAtIdentityProvider(page, appBase(), appBase() + "/camunda/app/tasklist/", NURSE, LocalIdentityProvider.PASSWORD);

				assertThat(page.getByText("Min enhet – Rådgivningen")).isVisible();
				assertThat(page.getByText("Ring upp patienten").first()).isVisible();
				assertThat(page.getByText("Erik Sjöberg")).isVisible();

				page.navigate(appBase() + "/kpi");

				assertThat(page).hasURL(appBase() + "/kpi");
				assertThat(page.locator("h1")).hasText("Nyckeltal");
				assertThat(page.locator("body[data-loaded=true]")).hasCount(1);
			}
			finally {
				page.screenshot(new Page.ScreenshotOptions().setPath(BrowserFixture.screenshot("oidc-login-tasklist")));
			}
		}
		User account = identityService.createUserQuery().userId(NURSE_HSA_ID).singleResult();
		assertThat(account.getFirstName() + " " + account.getLastName()).isEqualTo("Erik Sjöberg");
		assertThat(groupsOf(NURSE_HSA_ID)).containsExactly(ADVICE_LINE);
	}

	@Test
	void logging_out_of_tasklist_ends_the_staff_session_and_the_identity_providers() throws Exception {
		try (BrowserContext desktop = desktop()) {
			Page page = desktop.newPage();
			StaffLogin.logInAtIdentityProvider(page, appBase(), appBase() + "/camunda/app/tasklist/", NURSE, LocalIdentityProvider.PASSWORD);
			assertThat(page.getByText("Min enhet – Rådgivningen")).isVisible();

			page.getByText("Erik Sjöberg").click();
			page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Logga ut")).click();

			page.waitForURL(appBase() + "/");
			assertThat(page.locator("h1")).hasText("Vårdflöde");
			assertThat(desktop.request().get(appBase() + "/api/chats?unitId=radgivning").status()).isEqualTo(401);
			// the provider's session ended too: Tasklist sends the browser to its login form again
			page.navigate(appBase() + "/camunda/app/tasklist/");
			assertThat(page.getByPlaceholder("Username")).isVisible();
		}
	}

	@Test
	void logging_out_of_kpi_ends_the_session_at_the_identity_provider_too() {
		try (BrowserContext desktop = desktop()) {
			Page page = desktop.newPage();
			StaffLogin.logInAtIdentityProvider(page, appBase(), appBase() + "/kpi", "chef.ingrid", LocalIdentityProvider.PASSWORD);
			assertThat(page.locator("body[data-loaded=true]")).hasCount(1);

			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Logga ut")).click();

			page.waitForURL(appBase() + "/");
			page.navigate(appBase() + "/kpi");
			assertThat(page.getByPlaceholder("Username")).isVisible();
		}
		assertThat(groupsOf("SE0000000000-P0002")).containsExactly("managers");
	}

	@Test
	void the_process_owner_of_the_role_claim_opens_cockpit_and_admin() {
		try (BrowserContext desktop = desktop()) {
			Page page = desktop.newPage();
			try {
				StaffLogin.logInAtIdentityProvider(page, appBase(), appBase() + "/camunda/app/cockpit/", "processagare", LocalIdentityProvider.PASSWORD);

				assertThat(page.getByText("Pågående processinstanser")).isVisible();
				page.navigate(appBase() + "/camunda/app/admin/");
				assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Authorizations")).first()).isVisible();
			}
			finally {
				page.screenshot(new Page.ScreenshotOptions().setPath(BrowserFixture.screenshot("oidc-login-admin")));
			}
		}
		assertThat(groupsOf("SE0000000000-P0001")).containsExactly(Groups.CAMUNDA_ADMIN);
	}

	@Test
	void a_login_whose_commission_is_at_no_unit_of_vardflode_is_refused() {
		try (BrowserContext desktop = desktop()) {
			Page page = desktop.newPage();
			StaffLogin.logInAtIdentityProvider(page, appBase(), appBase() + "/camunda/app/tasklist/", "annan.enhet", LocalIdentityProvider.PASSWORD);

			assertThat(page).hasURL(appBase() + SecurityConfiguration.LOGIN_REFUSED_PAGE);
			assertThat(page.locator("h2")).hasText("Du kan inte logga in i Vårdflöde");
		}
		assertThat(identityService.createUserQuery().userId("SE0000000000-P0099").count()).isZero();
	}

	@Test
	void the_webapps_password_login_is_closed() throws Exception {
		HttpResponse<String> login = http.send(HttpRequest.newBuilder(URI.create(appBase() + "/camunda/api/admin/auth/user/default/login/tasklist"))
			.header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString("username=radgivning.erik&password=demo"))
			.build(), HttpResponse.BodyHandlers.ofString());

		assertThat(login.statusCode()).isIn(401, 403);
	}

	@Test
	void a_script_with_a_bearer_token_from_client_credentials_works_as_its_unit_on_the_api_and_the_engine() throws Exception {
		String adviceLine = token(LocalIdentityProvider.ADVICE_LINE_SCRIPT);
		String processOwner = token(LocalIdentityProvider.PROCESS_OWNER_SCRIPT);

		HttpResponse<String> tasks = get("/engine-rest/task?processInstanceId=" + callBack.getId(), adviceLine);
		assertThat(tasks.statusCode()).isEqualTo(200);
		assertThat(tasks.body()).contains("Ring upp patienten");
		assertThat(get("/api/kpi/triage?unitId=radgivning", adviceLine).statusCode()).isEqualTo(200);
		assertThat(get("/api/kpi/triage?unitId=bvc-gavle", adviceLine).statusCode()).isEqualTo(403);
		assertThat(get("/actuator/prometheus", adviceLine).statusCode()).isEqualTo(403);
		assertThat(get("/actuator/prometheus", processOwner).statusCode()).isEqualTo(200);
		assertThat(get("/engine-rest/task", "not-a-token").statusCode()).isEqualTo(401);
		assertThat(get("/engine-rest/task", null).statusCode()).isEqualTo(401);
	}

	private HttpResponse<String> get(String path, String token) throws IOException, InterruptedException {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(appBase() + path));
		if (token != null) {
			request.header("Authorization", "Bearer " + token);
		}
		return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	private String token(String client) throws IOException, InterruptedException {
		return identityProvider.clientCredentialsToken(client);
	}

	private List<String> groupsOf(String userId) {
		return identityService.createGroupQuery().groupMember(userId).list().stream().map(Group::getId).toList();
	}

	private BrowserContext desktop() {
		BrowserContext context = chromium.browser.newContext(new Browser.NewContextOptions().setViewportSize(1366, 900).setLocale("sv-SE"));
		context.setDefaultTimeout(30_000);
		return context;
	}

	/** 127.0.0.1: the identity provider sends browsers back to no "localhost" address (OAuth 2.1). */
	private String appBase() {
		return "http://127.0.0.1:" + port;
	}

	private static int freePort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

}
