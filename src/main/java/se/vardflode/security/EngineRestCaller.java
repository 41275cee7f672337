package se.vardflode.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.rest.security.auth.AuthenticationProvider;
import org.camunda.bpm.engine.rest.security.auth.AuthenticationResult;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

/**
 * Who calls {@code /engine-rest}, for Camunda's authentication filter: a bearer token that Spring Security has
 * validated (the engine then runs the request as its user with the groups of its claims), or, in the demo profile only
 * ({@code vardflode.security.basic-auth}), HTTP Basic with a Camunda account. Nothing else gets in; no 401 carries a
 * Basic challenge.
 */
final class EngineRestCaller implements AuthenticationProvider {

	private final boolean basic;
	private final BasicWithoutChallenge passwords = new BasicWithoutChallenge();

	EngineRestCaller(boolean basic) {
		this.basic = basic;
	}

	@Override
	public AuthenticationResult extractAuthenticatedUser(HttpServletRequest request, ProcessEngine engine) {
		Authentication caller = SecurityContextHolder.getContext().getAuthentication();
		if (caller instanceof JwtAuthenticationToken token && token.isAuthenticated()) {
			AuthenticationResult result = AuthenticationResult.successful(token.getName());
			result.setGroups(StaffAuthorities.groupsOf(token));
			return result;
		}
		return basic ? passwords.extractAuthenticatedUser(request, engine) : AuthenticationResult.unsuccessful();
	}

	@Override
	public void augmentResponseByAuthenticationChallenge(HttpServletResponse response, ProcessEngine engine) {
		// no challenge: a browser must never open its Basic login dialog for this server
	}

}
