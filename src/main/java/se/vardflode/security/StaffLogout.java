package se.vardflode.security;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.MediaType;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.client.oidc.web.logout.OidcClientInitiatedLogoutSuccessHandler;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.web.authentication.logout.LogoutSuccessHandler;
import org.springframework.web.util.HtmlUtils;

/**
 * Where the browser goes once the staff session has ended: for a login through the identity provider, to the
 * provider's end-session endpoint, which ends its session too and sends the browser back to the start page (OpenID
 * Connect RP-initiated logout, where the provider's metadata names such an endpoint); otherwise to {@code afterLogout}.
 * A script that asks for JSON (the webapps' logout link, {@code static/staff/webapp-logout.js}) gets {@code {"location": …}} and
 * navigates itself, as a link does; a form ({@code /kpi}'s "Logga ut") gets a page that goes on to the provider.
 */
final class StaffLogout implements LogoutSuccessHandler {

	private final IdentityProviderLogout identityProvider;
	private final String afterLogout;

	/** @param clients null without a staff identity provider */
	StaffLogout(ClientRegistrationRepository clients, String afterLogout) {
		this.identityProvider = clients == null ? null : new IdentityProviderLogout(clients);
		this.afterLogout = afterLogout;
	}

	@Override
	public void onLogoutSuccess(HttpServletRequest request, HttpServletResponse response, Authentication login) throws IOException {
		String target = identityProvider != null && login instanceof OAuth2AuthenticationToken
				? identityProvider.targetUrl(request, response, login)
				: null;
		String accept = request.getHeader("Accept");
		if (accept != null && accept.contains(MediaType.APPLICATION_JSON_VALUE)) {
			response.setStatus(HttpServletResponse.SC_OK);
			response.setContentType(MediaType.APPLICATION_JSON_VALUE);
			response.getWriter().write(target == null ? "{}" : "{\"location\":\"" + target.replace("\\", "\\\\").replace("\"", "\\\"") + "\"}");
			return;
		}
		if (target == null) {
			response.sendRedirect(request.getContextPath() + afterLogout);
			return;
		}
		// A form's redirect to another site is refused by the pages' Content-Security-Policy (form-action 'self'), which
		// Chromium applies to the redirects after a form too: the browser goes on from a page of this server instead.
		String escaped = HtmlUtils.htmlEscape(target);
		response.setStatus(HttpServletResponse.SC_OK);
		response.setContentType(MediaType.TEXT_HTML_VALUE);
		response.setCharacterEncoding("UTF-8");
		response.getWriter().write("<!DOCTYPE html><html lang=\"sv\"><head><meta charset=\"utf-8\"><meta http-equiv=\"refresh\" content=\"0; url="
				+ escaped + "\"><title>Utloggad – Vårdflöde</title></head><body><p>Du är utloggad. <a href=\"" + escaped
				+ "\">Fortsätt till inloggningstjänsten</a> för att logga ut även där.</p></body></html>");
	}

	private static final class IdentityProviderLogout extends OidcClientInitiatedLogoutSuccessHandler {

		private static final String NO_END_SESSION_ENDPOINT = "/";

		IdentityProviderLogout(ClientRegistrationRepository clients) {
			super(clients);
			setPostLogoutRedirectUri("{baseUrl}/");
			setDefaultTargetUrl(NO_END_SESSION_ENDPOINT);
		}

		/** The provider's end-session URL, or null where it names none. */
		String targetUrl(HttpServletRequest request, HttpServletResponse response, Authentication login) {
			String target = determineTargetUrl(request, response, login);
			return NO_END_SESSION_ENDPOINT.equals(target) ? null : target;
		}

	}

}
