package se.vardflode.security;

import java.util.List;
import java.util.function.Supplier;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.webapp.impl.security.auth.Authentication;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.DeferredSecurityContext;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpRequestResponseHolder;
import org.springframework.security.web.context.SecurityContextRepository;

/**
 * One staff session for the webapps and the project's staff pages: a member of staff logged into Tasklist, Cockpit
 * or Admin is logged in on {@code /kpi} and {@code /api} too. Reads the webapps' login from the shared HTTP session;
 * the groups come fresh from the identity service on every request, so a membership removed in Admin counts at once.
 * Saves nothing: the webapps own their login, and logging out ends the session for both.
 */
class WebappSessions implements SecurityContextRepository {

	private static final String ENGINE = "default";

	private final IdentityService identityService;

	WebappSessions(IdentityService identityService) {
		this.identityService = identityService;
	}

	@Override
	public DeferredSecurityContext loadDeferredContext(HttpServletRequest request) {
		Supplier<SecurityContext> load = () -> load(request);
		return new DeferredSecurityContext() {

			private SecurityContext context;

			@Override
			public SecurityContext get() {
				if (context == null) {
					context = load.get();
				}
				return context;
			}

			@Override
			public boolean isGenerated() {
				return get().getAuthentication() == null;
			}
		};
	}

	@Override
	@Deprecated
	public SecurityContext loadContext(HttpRequestResponseHolder holder) {
		return load(holder.getRequest());
	}

	@Override
	public void saveContext(SecurityContext context, HttpServletRequest request, HttpServletResponse response) {
		// the webapps' login owns the session
	}

	@Override
	public boolean containsContext(HttpServletRequest request) {
		return userId(request) != null;
	}

	private SecurityContext load(HttpServletRequest request) {
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		String userId = userId(request);
		if (userId != null && identityService.createUserQuery().userId(userId).count() == 1) {
			List<GrantedAuthority> authorities = identityService.createGroupQuery().groupMember(userId).list().stream()
				.map(Group::getId)
				.map(id -> (GrantedAuthority) new SimpleGrantedAuthority(CamundaIdentityAuthenticationProvider.groupAuthority(id)))
				.toList();
			context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(userId, null, authorities));
		}
		return context;
	}

	private static String userId(HttpServletRequest request) {
		HttpSession session = request.getSession(false);
		if (session == null) {
			return null;
		}
		Authentications logins = AuthenticationUtil.getAuthsFromSession(session);
		Authentication login = logins == null ? null : logins.getAuthenticationForProcessEngine(ENGINE);
		return login == null ? null : login.getIdentityId();
	}

}
