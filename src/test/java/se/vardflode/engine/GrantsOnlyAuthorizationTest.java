package se.vardflode.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import se.vardflode.VardflodeTest;

/**
 * The engine checks grants only (authorizationCheckRevokes = never), so it refuses to store a REVOKE, which would be
 * kept and never take effect: not through /engine-rest (the door Admin uses too) and not through the Java API.
 */
@VardflodeTest
class GrantsOnlyAuthorizationTest {

	@Autowired
	TestRestTemplate http;
	@Autowired
	ProcessEngine engine;

	@Test
	void the_engine_checks_grants_only() {
		assertThat(engine.getProcessEngineConfiguration().getAuthorizationCheckRevokes()).isEqualTo("never");
	}

	@Test
	void a_process_owner_cannot_create_a_revoke_through_the_rest_api() {
		ResponseEntity<String> created = http.withBasicAuth("processagare", "demo").postForEntity(
				"/engine-rest/authorization/create", Map.of("type", Authorization.AUTH_TYPE_REVOKE, "permissions",
						new String[] { "READ" }, "groupId", "um-gavle", "resourceType", Resources.FILTER.resourceType(),
						"resourceId", "*"), String.class);

		assertThat(created.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(created.getBody()).contains("REVOKE");
		assertThat(revokes()).isZero();
	}

	@Test
	void the_java_api_cannot_save_a_revoke_nor_turn_a_grant_into_one() {
		AuthorizationService authorizations = engine.getAuthorizationService();
		Authorization revoke = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_REVOKE);
		revoke.setGroupId("um-gavle");
		revoke.setResource(Resources.FILTER);
		revoke.setResourceId("*");
		revoke.removePermission(Permissions.READ);

		assertThatThrownBy(() -> authorizations.saveAuthorization(revoke)).isInstanceOf(BadUserRequestException.class)
			.hasMessage(GrantsOnlyAuthorizationManager.REFUSED);
		assertThat(revokes()).isZero();
	}

	@Test
	void grants_are_saved_as_before() {
		AuthorizationService authorizations = engine.getAuthorizationService();
		Authorization grant = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
		grant.setGroupId("um-gavle");
		grant.setResource(Resources.REPORT);
		grant.setResourceId("grants-only-test");
		grant.addPermission(Permissions.READ);
		authorizations.saveAuthorization(grant);
		try {
			assertThat(authorizations.createAuthorizationQuery().resourceId("grants-only-test").count()).isOne();
		}
		finally {
			authorizations.deleteAuthorization(grant.getId());
		}
	}

	private long revokes() {
		return engine.getAuthorizationService().createAuthorizationQuery().authorizationType(Authorization.AUTH_TYPE_REVOKE)
			.count();
	}

}
