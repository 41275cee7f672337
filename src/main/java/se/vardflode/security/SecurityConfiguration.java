package se.vardflode.security;

import static org.springframework.security.config.Customizer.withDefaults;

import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;
import org.springframework.boot.actuate.autoconfigure.security.servlet.EndpointRequest;
import org.springframework.boot.actuate.health.HealthEndpoint;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

	// Path matchers, not MVC matchers: these paths are served by Camunda's own servlets, not by Spring MVC.
	private static final RequestMatcher ENGINE_REST = PathPatternRequestMatcher.withDefaults().matcher("/engine-rest/**");
	private static final String PROCESS_OWNER = CamundaIdentityAuthenticationProvider.groupAuthority(Groups.CAMUNDA_ADMIN);
	/**
	 * The webapps, and the path their login page probes on a browser's first visit for Camunda Run's welcome box
	 * ({@code GET /camunda-welcome}, outside {@code /camunda}): it must answer a plain 404 like any unknown webapp path.
	 * A 401 with {@code WWW-Authenticate: Basic} there made Chromium open a Basic login dialog over the page, which in a
	 * headless browser nobody sees and which swallows every key and click on the login form (issue 23).
	 */
	private static final RequestMatcher WEBAPPS = new OrRequestMatcher(PathPatternRequestMatcher.withDefaults().matcher("/camunda/**"),
			PathPatternRequestMatcher.withDefaults().matcher("/camunda-welcome"));

	/**
	 * The stock starter leaves {@code /engine-rest} open. Camunda's own filter authenticates each request by HTTP
	 * Basic against the identity service and runs it as that user, so the engine's authorizations apply; requests
	 * without valid credentials get 401.
	 */
	@Bean
	FilterRegistrationBean<ProcessEngineAuthenticationFilter> engineRestAuthentication() {
		var registration = new FilterRegistrationBean<>(new ProcessEngineAuthenticationFilter());
		registration.setName("engine-rest-authentication");
		registration.addInitParameter(ProcessEngineAuthenticationFilter.AUTHENTICATION_PROVIDER_PARAM,
				HttpBasicAuthenticationProvider.class.getName());
		registration.addUrlPatterns("/engine-rest/*");
		return registration;
	}

	/**
	 * The webapps log in with their own session and protect themselves with their own CSRF and header filters; the
	 * engine REST API is authenticated by {@link #engineRestAuthentication()}. Spring Security stays out of both.
	 */
	@Bean
	@Order(1)
	SecurityFilterChain camundaChain(HttpSecurity http) throws Exception {
		return http.securityMatcher(new OrRequestMatcher(WEBAPPS, ENGINE_REST))
			.authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
			.csrf(csrf -> csrf.disable())
			.headers(headers -> headers.disable())
			.requestCache(cache -> cache.disable())
			.build();
	}

	/** Health is public (load balancers probe it); every other Actuator endpoint is for the process owner. */
	@Bean
	@Order(2)
	SecurityFilterChain actuatorChain(HttpSecurity http) throws Exception {
		return http.securityMatcher(EndpointRequest.toAnyEndpoint())
			.authorizeHttpRequests(requests -> requests
				.requestMatchers(EndpointRequest.to(HealthEndpoint.class)).permitAll()
				.anyRequest().hasAuthority(PROCESS_OWNER))
			.httpBasic(withDefaults())
			.csrf(csrf -> csrf.disable())
			.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.build();
	}

	/** The start page and static pages are public; the project's API needs a staff login, its admin part the process owner. */
	@Bean
	@Order(3)
	SecurityFilterChain applicationChain(HttpSecurity http) throws Exception {
		return http
			.authorizeHttpRequests(requests -> requests
				.requestMatchers("/", "/index.html", "/css/**", "/patient", "/patient/**", "/favicon.ico", "/error").permitAll()
				.requestMatchers("/api/admin/**").hasAuthority(PROCESS_OWNER)
				.anyRequest().authenticated())
			.httpBasic(withDefaults())
			// the API is called with HTTP Basic on every request and keeps no session to forge requests against
			.csrf(csrf -> csrf.ignoringRequestMatchers("/api/**"))
			.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.build();
	}

}
