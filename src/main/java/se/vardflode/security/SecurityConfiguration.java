package se.vardflode.security;

import java.io.IOException;
import java.util.List;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.springframework.boot.actuate.autoconfigure.security.servlet.EndpointRequest;
import org.springframework.boot.actuate.health.HealthEndpoint;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.context.DelegatingSecurityContextRepository;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.MediaTypeRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.accept.HeaderContentNegotiationStrategy;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.CorsConfigurationSource;
import org.springframework.web.cors.UrlBasedCorsConfigurationSource;

/**
 * How staff get in, and what a browser may not be made to do.
 * <ul>
 * <li>Staff log in once, in the webapps' login form (or {@code /kpi/login}), and that session also opens {@code /kpi}
 * and {@code /api} ({@link WebappSessions}). HTTP Basic is for scripts and Camunda Modeler, which send their
 * credentials unasked: no 401 carries a {@code WWW-Authenticate: Basic} challenge, so a browser never shows its own
 * login dialog and never caches a password it would then send with a forged cross-site request.</li>
 * <li>Cross-site requests are refused: a request whose {@code Origin} is not this server's gets 403 on {@code /api},
 * {@code /engine-rest}, the webapps and the staff pages, whatever its content type (a cross-site HTML form can post
 * form data or multipart without asking first). The session cookie is {@code SameSite=Lax}, and the webapps keep their
 * own CSRF token.</li>
 * <li>The webapps' first-run setup, which creates an administrator when the admin group has no direct member, is
 * closed: always outside the demo profile, and in the demo profile once any user exists.</li>
 * </ul>
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

	private static final PathPatternRequestMatcher.Builder PATHS = PathPatternRequestMatcher.withDefaults();
	// Path matchers, not MVC matchers: these paths are served by Camunda's own servlets, not by Spring MVC.
	private static final RequestMatcher ENGINE_REST = PATHS.matcher("/engine-rest/**");
	private static final String PROCESS_OWNER = CamundaIdentityAuthenticationProvider.groupAuthority(Groups.CAMUNDA_ADMIN);
	/**
	 * The webapps, and the path their login page probes on a browser's first visit for Camunda Run's welcome box
	 * ({@code GET /camunda-welcome}, outside {@code /camunda}): it must answer a plain 404 like any unknown webapp path.
	 * A 401 with {@code WWW-Authenticate: Basic} there made Chromium open a Basic login dialog over the page, which in a
	 * headless browser nobody sees and which swallows every key and click on the login form (issue 23).
	 */
	private static final RequestMatcher WEBAPPS = new OrRequestMatcher(PATHS.matcher("/camunda/**"), PATHS.matcher("/camunda-welcome"));
	private static final RequestMatcher FIRST_RUN_SETUP = PATHS.matcher("/camunda/api/admin/setup/**");
	static final String KPI_LOGIN_PAGE = "/kpi/login";

	/**
	 * The stock starter leaves {@code /engine-rest} open. Camunda's own filter authenticates each request by HTTP
	 * Basic against the identity service and runs it as that user, so the engine's authorizations apply; requests
	 * without valid credentials get 401 (without a browser challenge). Region-wide figures are the process owner's.
	 */
	@Bean
	FilterRegistrationBean<RegionWideCounts.EngineRestGate> engineRestAuthentication(IdentityService identityService) {
		var registration = new FilterRegistrationBean<>(new RegionWideCounts.EngineRestGate(identityService));
		registration.setName("engine-rest-authentication");
		registration.addInitParameter(ProcessEngineAuthenticationFilter.AUTHENTICATION_PROVIDER_PARAM, BasicWithoutChallenge.class.getName());
		registration.addUrlPatterns("/engine-rest/*");
		return registration;
	}

	/** Outside Camunda's own filters, so that it sees the page and the policy they produced. */
	@Bean
	FilterRegistrationBean<WebappScriptNonce> webappScriptNonce() {
		var registration = new FilterRegistrationBean<>(new WebappScriptNonce());
		registration.setName("webapp-script-nonce");
		registration.addUrlPatterns("/camunda/app/*");
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
		return registration;
	}

	@Bean
	FilterRegistrationBean<RegionWideCounts.WebappEngineGate> webappEngineCounts(IdentityService identityService) {
		var registration = new FilterRegistrationBean<>(new RegionWideCounts.WebappEngineGate(new WebappSessions(identityService)));
		registration.setName("webapp-engine-counts");
		registration.addUrlPatterns("/camunda/api/engine/*");
		return registration;
	}

	/**
	 * The webapps log in with their own session and protect themselves with their own CSRF and header filters; Spring
	 * Security only refuses cross-site requests and the first-run setup here.
	 */
	@Bean
	@Order(1)
	SecurityFilterChain webappsChain(HttpSecurity http, Environment environment, IdentityService identityService) throws Exception {
		return http.securityMatcher(WEBAPPS)
			.authorizeHttpRequests(requests -> requests
				.requestMatchers(FIRST_RUN_SETUP).access(firstRunSetup(environment, identityService))
				.anyRequest().permitAll())
			.cors(cors -> cors.configurationSource(sameOriginOnly()))
			.csrf(csrf -> csrf.disable())
			.headers(headers -> headers.disable())
			.requestCache(cache -> cache.disable())
			.build();
	}

	/**
	 * The engine REST API is authenticated by {@link #engineRestAuthentication}; Spring Security refuses cross-site
	 * requests and adds its default response headers (no content sniffing, no framing).
	 */
	@Bean
	@Order(2)
	SecurityFilterChain engineRestChain(HttpSecurity http) throws Exception {
		return http.securityMatcher(ENGINE_REST)
			.authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
			.cors(cors -> cors.configurationSource(sameOriginOnly()))
			.csrf(csrf -> csrf.disable())
			.requestCache(cache -> cache.disable())
			.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.build();
	}

	/** Health is public (load balancers probe it), its details and every other Actuator endpoint the process owner's. */
	@Bean
	@Order(3)
	SecurityFilterChain actuatorChain(HttpSecurity http) throws Exception {
		return http.securityMatcher(EndpointRequest.toAnyEndpoint())
			.authorizeHttpRequests(requests -> requests
				.requestMatchers(EndpointRequest.to(HealthEndpoint.class)).permitAll()
				.anyRequest().hasAuthority(PROCESS_OWNER))
			.httpBasic(basic -> basic.authenticationEntryPoint(new ProblemEntryPoint()))
			.exceptionHandling(errors -> errors.authenticationEntryPoint(new ProblemEntryPoint()))
			.cors(cors -> cors.configurationSource(sameOriginOnly()))
			.csrf(csrf -> csrf.disable())
			.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.build();
	}

	/**
	 * The start page and static pages are public; {@code /kpi} and the project's API need a staff login (the webapps'
	 * session, {@code /kpi/login}, or Basic for scripts), the API's admin part the process owner. A browser asking for
	 * a page without a login is sent to {@code /kpi/login}; everything else gets a 401 problem detail.
	 */
	@Bean
	@Order(4)
	SecurityFilterChain applicationChain(HttpSecurity http, IdentityService identityService) throws Exception {
		var sessions = new DelegatingSecurityContextRepository(new RequestAttributeSecurityContextRepository(),
				new HttpSessionSecurityContextRepository(), new WebappSessions(identityService));
		var pages = new MediaTypeRequestMatcher(new HeaderContentNegotiationStrategy(), MediaType.TEXT_HTML);
		pages.setIgnoredMediaTypes(Set.of(MediaType.ALL));
		return http
			.authorizeHttpRequests(requests -> requests
				.requestMatchers("/", "/index.html", "/css/**", "/patient", "/patient/**", "/favicon.ico", "/error",
						KPI_LOGIN_PAGE, "/kpi/login.html", "/kpi/login.js", "/kpi/*.css").permitAll()
				.requestMatchers("/api/admin/**").hasAuthority(PROCESS_OWNER)
				.anyRequest().authenticated())
			.securityContext(context -> context.securityContextRepository(sessions))
			.httpBasic(basic -> basic.authenticationEntryPoint(new ProblemEntryPoint()))
			.formLogin(login -> login.loginPage(KPI_LOGIN_PAGE).loginProcessingUrl(KPI_LOGIN_PAGE).defaultSuccessUrl("/kpi")
				.failureUrl(KPI_LOGIN_PAGE + "?fel"))
			// after the login, back to the page the browser asked for (the dashboard with its period); API calls keep no session
			.requestCache(cache -> cache.requestCache(pageRequests(pages)))
			.logout(logout -> logout.logoutRequestMatcher(PATHS.matcher(HttpMethod.POST, "/kpi/logout"))
				.logoutSuccessUrl(KPI_LOGIN_PAGE + "?utloggad"))
			.exceptionHandling(errors -> errors
				.defaultAuthenticationEntryPointFor(new LoginUrlAuthenticationEntryPoint(KPI_LOGIN_PAGE), pages)
				.defaultAuthenticationEntryPointFor(new ProblemEntryPoint(), request -> true))
			.headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(PagePolicy.CONTENT_SECURITY_POLICY)))
			.cors(cors -> cors.configurationSource(sameOriginOnly()))
			// no CSRF token: a cross-site request is refused by its Origin (above) and gets no session cookie (SameSite=Lax),
			// which guards the staff session as a token would; scripts with Basic have no token to send
			.csrf(csrf -> csrf.disable())
			.build();
	}

	/**
	 * No origin is allowed to call across sites, so Spring's CORS processing answers 403 to every request whose
	 * {@code Origin} is another site's (browsers send it on every cross-origin request but a plain link); same-origin
	 * requests and clients that send no {@code Origin} (scripts, Modeler) pass.
	 */
	static CorsConfigurationSource sameOriginOnly() {
		CorsConfiguration noOtherSite = new CorsConfiguration();
		noOtherSite.setAllowedOrigins(List.of());
		var source = new UrlBasedCorsConfigurationSource();
		source.registerCorsConfiguration("/**", noOtherSite);
		return source;
	}

	private static HttpSessionRequestCache pageRequests(RequestMatcher pages) {
		HttpSessionRequestCache cache = new HttpSessionRequestCache();
		cache.setRequestMatcher(pages);
		return cache;
	}

	/** Camunda 7.24 opens the setup whenever the admin group has no direct member (e.g. a fresh production database). */
	private static AuthorizationManager<RequestAuthorizationContext> firstRunSetup(Environment environment, IdentityService identityService) {
		return (authentication, context) -> new AuthorizationDecision(environment.matchesProfiles("default")
				&& identityService.createUserQuery().count() == 0);
	}

	/** A 401 problem detail without a Basic challenge. */
	static final class ProblemEntryPoint implements AuthenticationEntryPoint {

		@Override
		public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException failure)
				throws IOException {
			response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
			response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
			response.setCharacterEncoding("UTF-8");
			response.getWriter().write("{\"type\":\"https://vardflode.se/problem/unauthenticated\",\"title\":\"Inte inloggad\","
					+ "\"status\":401,\"detail\":\"Logga in med ditt personalkonto.\"}");
		}

	}

}
