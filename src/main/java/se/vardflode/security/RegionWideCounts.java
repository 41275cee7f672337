package se.vardflode.security;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.FilterConfig;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.springframework.http.MediaType;

/**
 * The engine API's region-wide figures are for the process owner: metrics (instances, tasks, decisions of the whole
 * engine), process-definition and historic statistics, and the engine's reports (task counts per candidate group,
 * durations, cleanable instances). The engine lets any user with READ on one definition count every instance of it,
 * whichever unit it belongs to; a nurse has no business with the region's workload.
 */
final class RegionWideCounts {

	/** After {@code /engine-rest} or the webapps' {@code /camunda/api/engine}, optionally {@code /engine/<name>}. */
	private static final Pattern COUNTS = Pattern.compile(
			"(/engine/[^/]+)?/(metrics(/.*)?|(.+/)?(statistics|report|[a-z-]+-report)(/.*)?)");

	private RegionWideCounts() {
	}

	/** The path inside the engine API (decoded, without path parameters), e.g. {@code /process-definition/statistics}. */
	static boolean isCount(String pathInEngineApi) {
		return pathInEngineApi != null && COUNTS.matcher(pathInEngineApi.toLowerCase(Locale.ROOT)).matches();
	}

	static void refuse(HttpServletResponse response) throws IOException {
		response.setStatus(HttpServletResponse.SC_FORBIDDEN);
		response.setContentType(MediaType.APPLICATION_JSON_VALUE);
		response.setCharacterEncoding("UTF-8");
		response.getWriter().write("{\"type\":\"AuthorizationException\",\"message\":"
				+ "\"Regionens samlade siffror (metrics, statistics, reports) är bara för processägaren.\"}");
	}

	/**
	 * {@code /engine-rest}: Camunda's authentication filter with {@link EngineRestCaller} (a bearer token, or Basic in the
	 * demo profile, never a browser challenge), then the counts check for the user it authenticated, in one filter so
	 * that the order of the two cannot slip.
	 */
	static final class EngineRestGate implements Filter {

		private final ProcessEngineAuthenticationFilter authentication;
		private final IdentityService identityService;

		EngineRestGate(IdentityService identityService, EngineRestCaller caller) {
			this.identityService = identityService;
			this.authentication = new ProcessEngineAuthenticationFilter() {

				@Override
				public void init(FilterConfig config) throws ServletException {
					super.init(config);
					// Camunda makes its provider from a class name; this one knows whether Basic is on
					authenticationProvider = caller;
				}

			};
		}

		@Override
		public void init(FilterConfig config) throws ServletException {
			authentication.init(config);
		}

		@Override
		public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain) throws IOException, ServletException {
			authentication.doFilter(request, response, (authenticated, answer) -> {
				if (isCount(((HttpServletRequest) authenticated).getPathInfo()) && !isProcessOwner(identityService.getCurrentAuthentication())) {
					refuse((HttpServletResponse) answer);
					return;
				}
				chain.doFilter(authenticated, answer);
			});
		}

		private static boolean isProcessOwner(Authentication caller) {
			List<String> groups = caller == null ? null : caller.getGroupIds();
			return groups != null && groups.contains(Groups.CAMUNDA_ADMIN);
		}

	}

	/** The webapps' engine API ({@code /camunda/api/engine/*}) answers a Tasklist session; the same rule there. */
	static final class WebappEngineGate implements Filter {

		private final WebappSessions sessions;

		WebappEngineGate(WebappSessions sessions) {
			this.sessions = sessions;
		}

		@Override
		public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain) throws IOException, ServletException {
			HttpServletRequest http = (HttpServletRequest) request;
			String inEngineApi = http.getPathInfo() == null ? null : http.getPathInfo().replaceFirst("^/engine", "");
			if (isCount(inEngineApi) && !StaffAuthorities.isMemberOf(sessions.loadDeferredContext(http).get().getAuthentication(),
					Groups.CAMUNDA_ADMIN)) {
				refuse((HttpServletResponse) response);
				return;
			}
			chain.doFilter(request, response);
		}

	}

}
