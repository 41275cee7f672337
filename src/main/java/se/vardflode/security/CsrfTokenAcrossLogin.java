package se.vardflode.security;

import java.io.IOException;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpSession;

import org.camunda.bpm.webapp.impl.security.filter.util.CsrfConstants;

/**
 * Keeps the webapps' XSRF token valid across their password login. The login replaces the session (against session
 * fixation) and the new one has no token; the webapp's next GET gets a new token in its answer. A browser that loses
 * that answer — the nurse reloads or follows a bookmark as the login completes, as a busy server makes likely — keeps
 * the old token, and Camunda's CSRF filter ends the session at her first change: she is logged out the moment she
 * logged in. Here the new session takes over the token the browser already holds, so no later answer is needed.
 *
 * <p>The token guards nothing on its own: a cross-site request cannot set the header that carries it (the CORS rules
 * refuse foreign origins) and the session cookie is {@code SameSite}; a wrong or missing token is refused as before.
 */
final class CsrfTokenAcrossLogin implements Filter {

	/** The webapps' login ({@code …/user/<engine>/login/<webapp>}) and logout. */
	static final String URL_PATTERN = "/camunda/api/admin/auth/user/*";

	@Override
	public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain) throws IOException, ServletException {
		HttpServletRequest http = (HttpServletRequest) request;
		HttpSession before = "POST".equals(http.getMethod()) && http.getRequestURI().contains("/login/") ? http.getSession(false) : null;
		Object token = before == null ? null : before.getAttribute(CsrfConstants.CSRF_TOKEN_SESSION_ATTR_NAME);
		chain.doFilter(token == null ? request : new TokenKeepingRequest(http, token), response);
	}

	/** Gives the session the login creates the token of the one it replaced, before the login answers. */
	private static final class TokenKeepingRequest extends HttpServletRequestWrapper {

		private final Object token;

		TokenKeepingRequest(HttpServletRequest request, Object token) {
			super(request);
			this.token = token;
		}

		@Override
		public HttpSession getSession() {
			return getSession(true);
		}

		@Override
		public HttpSession getSession(boolean create) {
			HttpSession session = super.getSession(create);
			if (session != null && session.isNew() && session.getAttribute(CsrfConstants.CSRF_TOKEN_SESSION_ATTR_NAME) == null) {
				session.setAttribute(CsrfConstants.CSRF_TOKEN_SESSION_ATTR_NAME, token);
			}
			return session;
		}

	}

}
