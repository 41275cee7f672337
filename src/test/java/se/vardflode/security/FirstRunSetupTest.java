package se.vardflode.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.identityService;

import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.camunda.bpm.engine.authorization.Groups;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import se.vardflode.VardflodeTest;

/**
 * Camunda 7.24.0's Admin webapp creates an administrator for anyone who asks while the admin group has no direct
 * member (a fresh production database, or one whose admins come through another group): checked here by taking the
 * process owner out of the group, which made the same request create the account before this project closed it. The
 * setup is closed in every profile (the production profile: ProductionProfileIT); the first administrator comes from
 * the environment.
 */
@VardflodeTest
class FirstRunSetupTest {

	static final String OWNER = "processagare";

	@LocalServerPort
	int port;

	@AfterEach
	void restoreTheProcessOwner() {
		if (identityService().createUserQuery().userId(OWNER).memberOfGroup(Groups.CAMUNDA_ADMIN).count() == 0) {
			identityService().createMembership(OWNER, Groups.CAMUNDA_ADMIN);
		}
		if (identityService().createUserQuery().userId("angripare").count() > 0) {
			identityService().deleteUser("angripare");
		}
	}

	@Test
	void the_admin_setup_creates_no_administrator_even_when_the_admin_group_has_no_member() throws Exception {
		identityService().deleteMembership(OWNER, Groups.CAMUNDA_ADMIN);
		CookieManager cookies = new CookieManager();
		HttpClient browser = HttpClient.newBuilder().cookieHandler(cookies).build();
		browser.send(HttpRequest.newBuilder(uri("/camunda/app/admin/")).GET().build(), HttpResponse.BodyHandlers.discarding());
		String xsrf = cookies.getCookieStore().getCookies().stream().filter(cookie -> cookie.getName().equals("XSRF-TOKEN"))
			.map(HttpCookie::getValue).findFirst().orElseThrow();

		HttpResponse<String> setup = browser.send(HttpRequest.newBuilder(uri("/camunda/api/admin/setup/default/user/create"))
			.header("Content-Type", "application/json").header("X-XSRF-TOKEN", xsrf)
			.POST(HttpRequest.BodyPublishers.ofString("""
					{"profile": {"id": "angripare", "firstName": "A", "lastName": "B", "email": "a@example.invalid"},
					 "credentials": {"password": "hemligt-123"}}""")).build(), HttpResponse.BodyHandlers.ofString());

		assertThat(setup.statusCode()).isEqualTo(403);
		assertThat(identityService().createUserQuery().userId("angripare").count()).isZero();
		assertThat(identityService().createUserQuery().memberOfGroup(Groups.CAMUNDA_ADMIN).count()).isZero();
	}

	private URI uri(String path) {
		return URI.create("http://localhost:" + port + path);
	}

}
