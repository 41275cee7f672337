package se.vardflode.security;

import java.io.IOException;
import java.util.List;
import java.util.Set;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.actuate.autoconfigure.security.servlet.EndpointRequest;
import org.springframework.boot.actuate.health.HealthEndpoint;
import org.springframework.boot.autoconfigure.security.SecurityProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.InMemoryClientRegistrationRepository;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
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

import se.vardflode.identity.CareUnits;
import se.vardflode.identity.StaffAccounts;

/**
 * How staff get in, and what a browser may not be made to do.
 * <ul>
 * <li>Staff log in once and that session opens Tasklist, Cockpit, Admin, {@code /kpi} and {@code /api}. With the
 * region's identity provider configured (the client registration {@code vardflode.staff.oidc.registration-id}, profile
 * {@code staff-oidc}), every staff page sends the browser there (OpenID Connect), the login creates or updates the
 * Camunda account ({@link StaffOidc}), and Camunda's container-based authentication takes it into the webapps
 * ({@link StaffWebappLogin}); the webapps' password login is closed. Without it (the demo), staff log in with their
 * Camunda password in the webapps' login form ({@link WebappSessions} takes that login to {@code /kpi} and {@code /api})
 * or at {@code /kpi/login} (which opens the webapps too). Logging out anywhere ends the one session, and at the
 * identity provider too where it supports RP-initiated logout ({@link StaffLogout}).</li>
 * <li>Scripts and other machines call {@code /api}, {@code /engine-rest} and Actuator with an OAuth2 bearer token from
 * the identity provider ({@code spring.security.oauth2.resourceserver.jwt.*}), or, in the demo profile only
 * ({@code vardflode.security.basic-auth}), HTTP Basic with a Camunda account. No 401 carries a
 * {@code WWW-Authenticate: Basic} challenge, so a browser never shows its own login dialog and never caches a password
 * it would then send with a forged cross-site request.</li>
 * <li>Cross-site requests are refused: a request whose {@code Origin} is not this server's gets 403 on {@code /api},
 * {@code /engine-rest}, the webapps and the staff pages, whatever its content type (a cross-site HTML form can post
 * form data or multipart without asking first). The session cookie is {@code SameSite=Lax}, and the webapps keep their
 * own CSRF token.</li>
 * <li>The webapps' first-run setup, which creates an administrator when the admin group has no direct member, is
 * closed in every profile: the first administrator comes from the environment (identity.FirstAdministrator) or, with the
 * region's identity provider, from its role claim.</li>
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
	/** The webapps' password login and logout (what their login form and logout link call). */
	private static final RequestMatcher WEBAPP_PASSWORD_LOGIN = PATHS.matcher(HttpMethod.POST, "/camunda/api/admin/auth/user/*/login/*");
	private static final RequestMatcher WEBAPP_LOGOUT = PATHS.matcher(HttpMethod.POST, "/camunda/api/admin/auth/user/*/logout");
	private static final RequestMatcher WEBAPP_PAGES_AND_API = new OrRequestMatcher(PATHS.matcher("/camunda/app/**"), PATHS.matcher("/camunda/api/**"));
	static final String KPI_LOGIN_PAGE = "/kpi/login";
	/** Where a login the identity provider made but Vårdflöde refused (no unit, no role) ends; never back to the provider. */
	static final String LOGIN_REFUSED_PAGE = "/login-refused.html";

	/**
	 * How staff and machines log in here, from the configuration: the staff identity provider's client registration
	 * (null without one), whether bearer tokens are validated, whether Basic is on.
	 */
	record StaffLogins(ClientRegistrationRepository identityProvider, String registrationId, boolean bearerTokens, boolean basic) {

		boolean oidc() {
			return identityProvider != null;
		}

		String loginUrl() {
			return "/oauth2/authorization/" + registrationId;
		}

	}

	@Bean
	StaffLogins staffLogins(ObjectProvider<ClientRegistrationRepository> clients, ObjectProvider<JwtDecoder> bearerTokens,
			StaffOidc.Settings oidc, @Value("${vardflode.security.basic-auth:false}") boolean basic) {
		ClientRegistration staff = clients.getIfAvailable() instanceof InMemoryClientRegistrationRepository registrations
				? registrations.findByRegistrationId(oidc.registrationId())
				: null;
		// a chain of its own may start only the staff login, never the patients'
		return new StaffLogins(staff == null ? null : new InMemoryClientRegistrationRepository(staff), oidc.registrationId(),
				bearerTokens.getIfAvailable() != null, basic);
	}

	/**
	 * The stock starter leaves {@code /engine-rest} open. Camunda's own filter authenticates each request (a bearer
	 * token, or Basic in the demo profile: {@link EngineRestCaller}) and runs it as that user, so the engine's
	 * authorizations apply; requests without valid credentials get 401 (without a browser challenge). Region-wide
	 * figures are the process owner's.
	 */
	@Bean
	FilterRegistrationBean<RegionWideCounts.EngineRestGate> engineRestAuthentication(IdentityService identityService, StaffLogins logins) {
		var registration = new FilterRegistrationBean<>(new RegionWideCounts.EngineRestGate(identityService, new EngineRestCaller(logins.basic())));
		registration.setName("engine-rest-authentication");
		registration.addInitParameter(ProcessEngineAuthenticationFilter.AUTHENTICATION_PROVIDER_PARAM, BasicWithoutChallenge.class.getName());
		registration.addUrlPatterns("/engine-rest/*");
		return registration;
	}

	/**
	 * Camunda's container-based authentication for the webapps, right after Spring Security's filters (whose login it
	 * reads) and before the webapps' own authentication filter.
	 */
	@Bean
	FilterRegistrationBean<StaffWebappLogin> staffWebappLogin() {
		var registration = new FilterRegistrationBean<>(new StaffWebappLogin());
		registration.setName("staff-webapp-login");
		registration.addUrlPatterns("/camunda/app/*", "/camunda/api/*");
		registration.setOrder(SecurityProperties.DEFAULT_FILTER_ORDER + 1);
		registration.setDispatcherTypes(DispatcherType.REQUEST);
		return registration;
	}

	/** The webapps' XSRF token outlives the session their login replaces ({@link CsrfTokenAcrossLogin}). */
	@Bean
	FilterRegistrationBean<CsrfTokenAcrossLogin> csrfTokenAcrossLogin() {
		var registration = new FilterRegistrationBean<>(new CsrfTokenAcrossLogin());
		registration.setName("csrf-token-across-login");
		registration.addUrlPatterns(CsrfTokenAcrossLogin.URL_PATTERN);
		registration.setOrder(SecurityProperties.DEFAULT_FILTER_ORDER + 1);
		registration.setDispatcherTypes(DispatcherType.REQUEST);
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
	 * The webapps keep their own session login and protect themselves with their own CSRF and header filters. Spring
	 * Security refuses cross-site requests and the first-run setup here (Camunda 7.24 opens it whenever the admin
	 * group has no direct member, e.g. on a fresh production database), and ends the whole staff session at the webapps'
	 * logout. With the identity provider, a page sends the browser to its login and comes back to the page, the webapps'
	 * API answers 401 without a login, and their password login is closed.
	 */
	@Bean
	@Order(1)
	SecurityFilterChain webappsChain(HttpSecurity http, StaffLogins logins) throws Exception {
		http.securityMatcher(WEBAPPS)
			.authorizeHttpRequests(requests -> {
				requests.requestMatchers(FIRST_RUN_SETUP).denyAll();
				if (logins.oidc()) {
					requests.requestMatchers(WEBAPP_PASSWORD_LOGIN).denyAll();
					requests.requestMatchers(WEBAPP_PAGES_AND_API).authenticated();
				}
				requests.anyRequest().permitAll();
			})
			.logout(logout -> logout.logoutRequestMatcher(WEBAPP_LOGOUT).logoutSuccessHandler(new StaffLogout(logins.identityProvider(),
					"/camunda/app/tasklist/")))
			.cors(cors -> cors.configurationSource(sameOriginOnly()))
			.csrf(csrf -> csrf.disable())
			.headers(headers -> headers.disable());
		if (logins.oidc()) {
			RequestMatcher pages = pages();
			http.requestCache(cache -> cache.requestCache(pageRequests(pages)))
				.exceptionHandling(errors -> errors
					.defaultAuthenticationEntryPointFor(new LoginUrlAuthenticationEntryPoint(logins.loginUrl()), pages)
					.defaultAuthenticationEntryPointFor(new ProblemEntryPoint(), request -> true));
		}
		else {
			http.requestCache(cache -> cache.disable());
		}
		return http.build();
	}

	/**
	 * The engine REST API is authenticated by {@link #engineRestAuthentication}, which reads a bearer token validated
	 * here; Spring Security refuses cross-site requests and adds its default response headers (no content sniffing, no
	 * framing).
	 */
	@Bean
	@Order(2)
	SecurityFilterChain engineRestChain(HttpSecurity http, StaffLogins logins, StaffOidc.Settings oidc, CareUnits units) throws Exception {
		http.securityMatcher(ENGINE_REST)
			.authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
			.cors(cors -> cors.configurationSource(sameOriginOnly()))
			.csrf(csrf -> csrf.disable())
			.requestCache(cache -> cache.disable())
			.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS));
		bearerTokens(http, logins, oidc, units);
		return http.build();
	}

	/** Health is public (load balancers probe it), its details and every other Actuator endpoint the process owner's. */
	@Bean
	@Order(3)
	SecurityFilterChain actuatorChain(HttpSecurity http, StaffLogins logins, StaffOidc.Settings oidc, CareUnits units) throws Exception {
		http.securityMatcher(EndpointRequest.toAnyEndpoint())
			.authorizeHttpRequests(requests -> requests
				.requestMatchers(EndpointRequest.to(HealthEndpoint.class)).permitAll()
				.anyRequest().hasAuthority(PROCESS_OWNER))
			.exceptionHandling(errors -> errors.authenticationEntryPoint(new ProblemEntryPoint()))
			.cors(cors -> cors.configurationSource(sameOriginOnly()))
			.csrf(csrf -> csrf.disable())
			.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS));
		if (logins.basic()) {
			http.httpBasic(basic -> basic.authenticationEntryPoint(new ProblemEntryPoint()));
		}
		bearerTokens(http, logins, oidc, units);
		return http.build();
	}

	/**
	 * The start page and static pages are public; {@code /kpi} and the project's API need a staff login (the staff
	 * session, a bearer token, or Basic in the demo), the API's admin part the process owner. A browser asking for a page
	 * without a login is sent to the identity provider, or without one to {@code /kpi/login}; everything else gets a 401
	 * problem detail.
	 */
	@Bean
	@Order(4)
	SecurityFilterChain applicationChain(HttpSecurity http, IdentityService identityService, StaffLogins logins, StaffOidc.Settings oidc,
			CareUnits units, StaffAccounts accounts) throws Exception {
		var sessions = new DelegatingSecurityContextRepository(new RequestAttributeSecurityContextRepository(),
				new HttpSessionSecurityContextRepository(), new WebappSessions(identityService));
		RequestMatcher pages = pages();
		http
			.authorizeHttpRequests(requests -> {
				requests.requestMatchers("/", "/index.html", "/css/**", "/patient", "/patient/**", "/favicon.ico", "/error",
						LOGIN_REFUSED_PAGE, "/staff/webapp-logout.js", "/kpi/login.html", "/kpi/login.js", "/kpi/*.css").permitAll();
				// with the identity provider, the password form's address leads to its login instead
				if (logins.oidc()) {
					requests.requestMatchers(KPI_LOGIN_PAGE).authenticated();
				}
				else {
					requests.requestMatchers(KPI_LOGIN_PAGE).permitAll();
				}
				requests.requestMatchers("/api/admin/**").hasAuthority(PROCESS_OWNER)
					.anyRequest().authenticated();
			})
			.securityContext(context -> context.securityContextRepository(sessions))
			// after the login, back to the page the browser asked for (the dashboard with its period); API calls keep no session
			.requestCache(cache -> cache.requestCache(pageRequests(pages)))
			.logout(logout -> logout.logoutRequestMatcher(PATHS.matcher(HttpMethod.POST, "/kpi/logout"))
				.logoutSuccessHandler(new StaffLogout(logins.identityProvider(), KPI_LOGIN_PAGE + "?utloggad")))
			.exceptionHandling(errors -> errors
				.defaultAuthenticationEntryPointFor(new LoginUrlAuthenticationEntryPoint(logins.oidc() ? logins.loginUrl() : KPI_LOGIN_PAGE), pages)
				.defaultAuthenticationEntryPointFor(new ProblemEntryPoint(), request -> true))
			.headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(PagePolicy.CONTENT_SECURITY_POLICY)))
			.cors(cors -> cors.configurationSource(sameOriginOnly()))
			// no CSRF token: a cross-site request is refused by its Origin (above) and gets no session cookie (SameSite=Lax),
			// which guards the staff session as a token would; scripts have no token to send
			.csrf(csrf -> csrf.disable());
		if (logins.oidc()) {
			http.oauth2Login(login -> login.clientRegistrationRepository(logins.identityProvider())
				.loginPage(logins.loginUrl())
				.userInfoEndpoint(users -> users.oidcUserService(StaffOidc.userService(oidc, units, accounts)))
				.failureUrl(LOGIN_REFUSED_PAGE));
		}
		else {
			http.formLogin(login -> login.loginPage(KPI_LOGIN_PAGE).loginProcessingUrl(KPI_LOGIN_PAGE).defaultSuccessUrl("/kpi")
				.failureUrl(KPI_LOGIN_PAGE + "?fel"));
		}
		if (logins.basic()) {
			http.httpBasic(basic -> basic.authenticationEntryPoint(new ProblemEntryPoint()));
		}
		bearerTokens(http, logins, oidc, units);
		return http.build();
	}

	/** Bearer tokens from the identity provider, where {@code spring.security.oauth2.resourceserver.jwt} is configured. */
	private static void bearerTokens(HttpSecurity http, StaffLogins logins, StaffOidc.Settings oidc, CareUnits units) throws Exception {
		if (logins.bearerTokens()) {
			http.oauth2ResourceServer(server -> server.jwt(jwt -> jwt.jwtAuthenticationConverter(StaffOidc.bearerTokens(oidc, units))));
		}
	}

	/** A browser asking for a page (HTML), not a script or the webapps' API calls. */
	private static RequestMatcher pages() {
		var pages = new MediaTypeRequestMatcher(new HeaderContentNegotiationStrategy(), MediaType.TEXT_HTML);
		pages.setIgnoredMediaTypes(Set.of(MediaType.ALL));
		return pages;
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
