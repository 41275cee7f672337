package se.vardflode.security;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.FilterChain;
import jakarta.servlet.FilterConfig;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.rest.security.auth.AuthenticationProvider;
import org.camunda.bpm.engine.rest.security.auth.AuthenticationResult;
import org.camunda.bpm.webapp.impl.security.auth.ContainerBasedAuthenticationFilter;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;

/**
 * The webapps' own mechanism for a login made outside them (Camunda's container-based authentication): for a request
 * that Spring Security has found a staff login for — through the identity provider, or the {@code /kpi/login} form —
 * Camunda's filter puts that user, with the groups of the login, into the webapps' session, so Tasklist, Cockpit and
 * Admin open without a login of their own. Without such a login (the demo profile's webapps login form) the request
 * goes on to the webapps' own login unchanged; with the identity provider configured, Spring Security has already sent
 * it there.
 */
final class StaffWebappLogin extends ContainerBasedAuthenticationFilter {

	@Override
	public void init(FilterConfig config) {
		authenticationProvider = new SpringSecurityStaff();
	}

	@Override
	public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain) throws IOException, ServletException {
		if (SpringSecurityStaff.staffLogin() == null) {
			chain.doFilter(request, response);
			return;
		}
		super.doFilter(request, response, chain);
	}

	/** The staff member Spring Security authenticated for this request, as Camunda's user and groups. */
	static final class SpringSecurityStaff implements AuthenticationProvider {

		static Authentication staffLogin() {
			Authentication login = SecurityContextHolder.getContext().getAuthentication();
			boolean staff = login instanceof OAuth2AuthenticationToken oidc && oidc.getPrincipal() instanceof StaffOidc.StaffOidcUser
					|| login instanceof UsernamePasswordAuthenticationToken;
			return staff && login.isAuthenticated() ? login : null;
		}

		@Override
		public AuthenticationResult extractAuthenticatedUser(HttpServletRequest request, ProcessEngine engine) {
			Authentication login = staffLogin();
			if (login == null) {
				return AuthenticationResult.unsuccessful();
			}
			AuthenticationResult result = AuthenticationResult.successful(login.getName());
			List<String> groups = StaffAuthorities.groupsOf(login);
			result.setGroups(groups);
			return result;
		}

		@Override
		public void augmentResponseByAuthenticationChallenge(HttpServletResponse response, ProcessEngine engine) {
			// no challenge: the login is Spring Security's
		}

	}

}
