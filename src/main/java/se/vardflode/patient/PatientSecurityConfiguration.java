package se.vardflode.patient;

import java.time.Duration;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.oauth2.client.endpoint.RestClientAuthorizationCodeTokenResponseClient;
import org.springframework.security.oauth2.client.oidc.authentication.OidcAuthorizationCodeAuthenticationProvider;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.InMemoryClientRegistrationRepository;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.csrf.CsrfTokenRequestAttributeHandler;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.session.MapSession;
import org.springframework.session.web.http.SessionRepositoryFilter;

import se.vardflode.security.PagePolicy;

/**
 * The patient side's own security chain, before the staff chains: the patient page and the patient API know only
 * patient logins (a staff account gets nowhere here), in sessions of their own ({@link PatientSessions}), and a
 * patient's session is not accepted by the staff API.
 */
@Configuration(proxyBeanMethods = false)
class PatientSecurityConfiguration {

	static final String LOGIN_PAGE = "/patient/login";
	/** Not XSRF-TOKEN: the Camunda webapps use that name, and a browser would send both to /camunda. */
	static final String CSRF_COOKIE = "PATIENT-XSRF-TOKEN";
	private static final PathPatternRequestMatcher.Builder PATHS = PathPatternRequestMatcher.withDefaults();
	static final RequestMatcher PATIENT_API = PATHS.matcher("/api/patient/**");
	private static final RequestMatcher PATIENT_SIDE = new OrRequestMatcher(PATHS.matcher("/patient"), PATHS.matcher("/patient/**"),
			PATIENT_API);

	/** Before Spring Security, so that the patient chain stores its login in the patients' own sessions. */
	@Bean
	FilterRegistrationBean<SessionRepositoryFilter<MapSession>> patientSessions(
			@Value("${server.servlet.session.timeout:30m}") Duration timeout) {
		var registration = new FilterRegistrationBean<>(PatientSessions.filter(timeout));
		registration.setName("patient-sessions");
		registration.addUrlPatterns("/patient", "/patient/*", "/api/patient/*");
		registration.setOrder(SessionRepositoryFilter.DEFAULT_ORDER);
		return registration;
	}

	@Bean
	@Order(0)
	SecurityFilterChain patientChain(HttpSecurity http, DemoPatients demoPatients, PatientOidc.Settings oidc,
			ObjectProvider<ClientRegistrationRepository> oidcClients) throws Exception {
		// The page reads the token from its cookie and sends it back as X-XSRF-TOKEN (or _csrf on the login form);
		// loading it on every request makes sure the cookie is there before the first POST.
		CookieCsrfTokenRepository csrfTokens = CookieCsrfTokenRepository.withHttpOnlyFalse();
		csrfTokens.setCookieName(CSRF_COOKIE);
		CsrfTokenRequestAttributeHandler csrfHandler = new CsrfTokenRequestAttributeHandler();
		csrfHandler.setCsrfRequestAttributeName(null);
		ClientRegistration broker = PatientOidc.registration(oidcClients, oidc);
		// Only patient logins: the demo password and, where configured, the broker's code exchange (a staff password
		// authenticates nothing here; the chain's own manager replaces the one oauth2Login would build)
		ProviderManager patientLogins = broker == null ? new ProviderManager(new DemoPatientAuthenticationProvider(demoPatients))
				: new ProviderManager(new DemoPatientAuthenticationProvider(demoPatients), new OidcAuthorizationCodeAuthenticationProvider(
						new RestClientAuthorizationCodeTokenResponseClient(), PatientOidc.userService(oidc)));
		if (broker != null) {
			// the broker's login and callback stay under /patient, inside this chain, which starts no other login (staff's)
			http.oauth2Login(login -> login.clientRegistrationRepository(new InMemoryClientRegistrationRepository(broker)).loginPage(LOGIN_PAGE)
				.authorizationEndpoint(endpoint -> endpoint.baseUri("/patient/oauth2/authorization"))
				.redirectionEndpoint(endpoint -> endpoint.baseUri("/patient/login/oauth2/code/*"))
				.userInfoEndpoint(users -> users.oidcUserService(PatientOidc.userService(oidc)))
				.defaultSuccessUrl("/patient/", true)
				.failureUrl(LOGIN_PAGE + "?fel"));
		}
		return http.securityMatcher(PATIENT_SIDE)
			.authenticationManager(patientLogins)
			.authorizeHttpRequests(requests -> requests
				.requestMatchers(LOGIN_PAGE, "/patient/login.html", "/patient/login/options", "/patient/*.css", "/patient/*.js").permitAll()
				.anyRequest().hasAuthority(DemoPatientAuthenticationProvider.PATIENT_ROLE))
			.formLogin(login -> login.loginPage(LOGIN_PAGE).loginProcessingUrl(LOGIN_PAGE).defaultSuccessUrl("/patient/", true)
				.failureUrl(LOGIN_PAGE + "?fel"))
			.logout(logout -> logout.logoutUrl("/patient/logout").logoutSuccessUrl(LOGIN_PAGE + "?utloggad"))
			// the API answers 401 instead of redirecting to the login page; the page then shows the login
			.exceptionHandling(errors -> errors.defaultAuthenticationEntryPointFor(new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED), PATIENT_API))
			.csrf(csrf -> csrf.csrfTokenRepository(csrfTokens).csrfTokenRequestHandler(csrfHandler))
			.headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(PagePolicy.CONTENT_SECURITY_POLICY)))
			.build();
	}

}
