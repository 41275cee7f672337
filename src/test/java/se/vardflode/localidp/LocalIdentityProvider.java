package se.vardflode.localidp;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.autoconfigure.web.servlet.DispatcherServletAutoConfiguration;
import org.springframework.boot.autoconfigure.web.servlet.ServletWebServerFactoryAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.http.MediaType;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.oidc.OidcScopes;
import org.springframework.security.oauth2.core.oidc.endpoint.OidcParameterNames;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.server.authorization.OAuth2TokenType;
import org.springframework.security.oauth2.server.authorization.client.InMemoryRegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.config.annotation.web.configuration.OAuth2AuthorizationServerConfiguration;
import org.springframework.security.oauth2.server.authorization.config.annotation.web.configurers.OAuth2AuthorizationServerConfigurer;
import org.springframework.security.oauth2.server.authorization.settings.AuthorizationServerSettings;
import org.springframework.security.oauth2.server.authorization.settings.ClientSettings;
import org.springframework.security.oauth2.server.authorization.settings.TokenSettings;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.util.matcher.MediaTypeRequestMatcher;

/**
 * A local OpenID Connect provider for trying the production profile before going live, and for the tests of the
 * production logins: staff as the region's identity provider describes them (HSA-id, the care unit of their commission,
 * a role), patients as an e-identification broker does (personnummer), and two scripts with client credentials.
 * Spring Authorization Server, in test scope only; every password is {@value #PASSWORD}, the names are made up and the
 * personnummer are test numbers.
 *
 * <p>{@code ./mvnw -q exec:java@local-idp} runs it on http://localhost:9000 for Vårdflöde on http://127.0.0.1:8080 (the
 * README's "Try production locally"). Vårdflöde must be opened at 127.0.0.1, not localhost: the provider accepts no
 * {@code localhost} redirect (OAuth 2.1), and so the two keep apart cookies.
 *
 * <p>Not a Spring component (no {@code @Configuration}): the application's own component scan in the tests must not
 * find it.
 */
@EnableWebSecurity
@ImportAutoConfiguration({ ServletWebServerFactoryAutoConfiguration.class, DispatcherServletAutoConfiguration.class })
public class LocalIdentityProvider {

	public static final int DEFAULT_PORT = 9000;
	public static final String DEFAULT_APP = "http://127.0.0.1:8080";
	public static final String PASSWORD = "demo";
	public static final String STAFF_CLIENT = "vardflode-staff";
	public static final String STAFF_SECRET = "lokal-idp-personal";
	public static final String PATIENT_CLIENT = "vardflode-patient";
	public static final String PATIENT_SECRET = "lokal-idp-patient";
	/** A script of the advice line's (registers contacts) and one of the process owner's (Actuator, the engine API). */
	public static final String ADVICE_LINE_SCRIPT = "skript-radgivningen";
	public static final String PROCESS_OWNER_SCRIPT = "skript-processagare";
	/** Each client's secret must differ from every other's. */
	public static String scriptSecret(String clientId) {
		return "lokal-idp-" + clientId;
	}
	/** The role claim values, as the app's vardflode.staff.oidc.process-owner-role / manager-role name them. */
	public static final String PROCESS_OWNER_ROLE = "vardflode-processagare";
	public static final String MANAGER_ROLE = "vardflode-chef";
	public static final String PERSONNUMMER_CLAIM = "https://id.oidc.se/claim/personalIdentityNumber";

	private static final Logger log = LoggerFactory.getLogger(LocalIdentityProvider.class);
	private static final String APP_URL = "local-idp.app-url";

	/** Who can log in, with the claims the provider gives them. */
	public record Person(String username, Map<String, Object> claims) {
	}

	public static final List<Person> PEOPLE = List.of(
			staff("processagare", "SE0000000000-P0001", "Petra", "Ågren", List.of(), List.of(PROCESS_OWNER_ROLE)),
			staff("chef.ingrid", "SE0000000000-P0002", "Ingrid", "Lundberg", List.of(), List.of(MANAGER_ROLE)),
			staff("mvc.maria", "SE0000000000-P0003", "Maria", "Lindqvist", List.of("SE0000000000-E1001"), List.of()),
			staff("bvc.karin", "SE0000000000-P0004", "Karin", "Berglund", List.of("SE0000000000-E1002"), List.of()),
			staff("um.sara", "SE0000000000-P0005", "Sara", "Holmgren", List.of("SE0000000000-E1003"), List.of()),
			staff("vc.anders", "SE0000000000-P0006", "Anders", "Wikström", List.of("SE0000000000-E1004"), List.of()),
			staff("radgivning.erik", "SE0000000000-P0007", "Erik", "Sjöberg", List.of("SE0000000000-E1005"), List.of()),
			staff("pst.lena", "SE0000000000-P0008", "Lena", "Ekström", List.of("SE0000000000-E1006"), List.of()),
			staff("psykiatri.johan", "SE0000000000-P0009", "Johan", "Dahlberg", List.of("SE0000000000-E1007", "SE0000000000-E1008"), List.of()),
			staff("kommun.eva", "SE0000000000-P0010", "Eva", "Strandberg", List.of("SE0000000000-E1010"), List.of()),
			staff("lakare.per", "SE0000000000-P0011", "Per", "Nyström", List.of("SE0000000000-E1011"), List.of()),
			// a commission at a unit that is not Vårdflöde's: the app refuses the login
			staff("annan.enhet", "SE0000000000-P0099", "Alva", "Annan", List.of("SE0000000000-E9999"), List.of()),
			patient("191212121212", "Tolvan Tolvansson"),
			patient("198901019805", "Lova Testsson"),
			patient("201002239802", "Nils Testsson"));

	/** The claims of the scripts' access tokens. */
	static final Map<String, Map<String, Object>> SCRIPTS = Map.of(
			ADVICE_LINE_SCRIPT, Map.of("healthCareUnitHsaId", List.of("SE0000000000-E1005")),
			PROCESS_OWNER_SCRIPT, Map.of("groups", List.of(PROCESS_OWNER_ROLE)));

	private static Person staff(String username, String hsaId, String givenName, String familyName, List<String> units, List<String> roles) {
		return new Person(username, Map.of("employeeHsaId", hsaId, "given_name", givenName, "family_name", familyName, "name",
				givenName + " " + familyName, "email", username + "@region.example", "healthCareUnitHsaId", units, "groups", roles));
	}

	private static Person patient(String personnummer, String name) {
		return new Person(personnummer, Map.of(PERSONNUMMER_CLAIM, personnummer, "name", name));
	}

	public static Optional<Person> person(String username) {
		return PEOPLE.stream().filter(person -> person.username().equals(username)).findFirst();
	}

	/** A running provider. */
	public static final class Running implements AutoCloseable {

		private final ConfigurableApplicationContext context;
		private final int port;

		Running(ConfigurableApplicationContext context, int port) {
			this.context = context;
			this.port = port;
		}

		/** {@code http://localhost:<port>}, as tokens and discovery name it. */
		public String issuer() {
			return "http://localhost:" + port;
		}

		/** An access token of the script {@code clientId} (client credentials), as a script gets one. */
		public String clientCredentialsToken(String clientId) throws IOException, InterruptedException {
			String basic = Base64.getEncoder().encodeToString((clientId + ":" + scriptSecret(clientId)).getBytes(StandardCharsets.UTF_8));
			HttpResponse<String> answer = HttpClient.newHttpClient().send(
					HttpRequest.newBuilder(URI.create(issuer() + "/oauth2/token")).header("Authorization", "Basic " + basic)
						.header("Content-Type", "application/x-www-form-urlencoded")
						.POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials&scope=vardflode")).build(),
					HttpResponse.BodyHandlers.ofString());
			if (answer.statusCode() != 200) {
				throw new IllegalStateException("No token for " + clientId + ": " + answer.statusCode() + " " + answer.body());
			}
			return new ObjectMapper().readTree(answer.body()).get("access_token").asText();
		}

		/** From now on the clients may send browsers back to Vårdflöde at {@code appUrl} (e.g. a test's random port). */
		public Running allowApp(String appUrl) {
			InMemoryRegisteredClientRepository clients = context.getBean(InMemoryRegisteredClientRepository.class);
			registeredClients(appUrl).forEach(clients::save);
			return this;
		}

		@Override
		public void close() {
			context.close();
		}

	}

	public static Running start(int port, String appUrl) {
		ConfigurableApplicationContext context = new SpringApplicationBuilder(LocalIdentityProvider.class).web(WebApplicationType.SERVLET)
			// none of Vårdflöde's application*.yaml
			.properties("spring.config.name=local-idp", "spring.main.banner-mode=off", "server.port=" + port,
					"server.servlet.session.cookie.name=LOCAL_IDP_SESSION", APP_URL + "=" + appUrl)
			.run();
		return new Running(context, port);
	}

	public static void main(String[] args) {
		int port = args.length > 0 ? Integer.parseInt(args[0]) : DEFAULT_PORT;
		String app = args.length > 1 ? args[1] : DEFAULT_APP;
		Running idp = start(port, app);
		log.info("Local identity provider at {} for Vårdflöde at {}. Staff and patients log in with password '{}': {}", idp.issuer(), app,
				PASSWORD, PEOPLE.stream().map(Person::username).toList());
	}

	/** OpenID Connect and OAuth2 endpoints: discovery, keys, authorize, token, userinfo, RP-initiated logout. */
	@Bean
	@Order(1)
	SecurityFilterChain authorizationServer(HttpSecurity http) throws Exception {
		OAuth2AuthorizationServerConfigurer server = OAuth2AuthorizationServerConfigurer.authorizationServer();
		http.securityMatcher(server.getEndpointsMatcher())
			.with(server, configurer -> configurer.oidc(Customizer.withDefaults()))
			.authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
			// the userinfo endpoint takes the access tokens this provider signed
			.oauth2ResourceServer(resourceServer -> resourceServer.jwt(Customizer.withDefaults()))
			.exceptionHandling(errors -> errors.defaultAuthenticationEntryPointFor(new LoginUrlAuthenticationEntryPoint("/login"),
					new MediaTypeRequestMatcher(MediaType.TEXT_HTML)));
		return http.build();
	}

	/** The login form people type their username and password into. */
	@Bean
	@Order(2)
	SecurityFilterChain loginForm(HttpSecurity http) throws Exception {
		return http.authorizeHttpRequests(requests -> requests.anyRequest().authenticated()).formLogin(Customizer.withDefaults()).build();
	}

	@Bean
	UserDetailsService people() {
		return new InMemoryUserDetailsManager(PEOPLE.stream()
			.map(person -> User.withUsername(person.username()).password("{noop}" + PASSWORD).roles("PERSON").build()).toList());
	}

	@Bean
	InMemoryRegisteredClientRepository clients(Environment environment) {
		return new InMemoryRegisteredClientRepository(registeredClients(environment.getRequiredProperty(APP_URL)));
	}

	static List<RegisteredClient> registeredClients(String app) {
		ClientSettings noConsentPage = ClientSettings.builder().requireAuthorizationConsent(false).build();
		RegisteredClient staff = RegisteredClient.withId(STAFF_CLIENT).clientId(STAFF_CLIENT).clientSecret("{noop}" + STAFF_SECRET)
			.clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
			.authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE).authorizationGrantType(AuthorizationGrantType.REFRESH_TOKEN)
			.redirectUri(app + "/login/oauth2/code/staff").postLogoutRedirectUri(app + "/")
			.scope(OidcScopes.OPENID).scope(OidcScopes.PROFILE).scope(OidcScopes.EMAIL).clientSettings(noConsentPage).build();
		RegisteredClient patient = RegisteredClient.withId(PATIENT_CLIENT).clientId(PATIENT_CLIENT).clientSecret("{noop}" + PATIENT_SECRET)
			.clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
			.authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
			.redirectUri(app + "/patient/login/oauth2/code/patient").postLogoutRedirectUri(app + "/patient/login?utloggad")
			.scope(OidcScopes.OPENID).scope(OidcScopes.PROFILE).clientSettings(noConsentPage).build();
		return List.of(staff, patient, script(ADVICE_LINE_SCRIPT), script(PROCESS_OWNER_SCRIPT));
	}

	private static RegisteredClient script(String clientId) {
		return RegisteredClient.withId(clientId).clientId(clientId).clientSecret("{noop}" + scriptSecret(clientId))
			.clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
			.authorizationGrantType(AuthorizationGrantType.CLIENT_CREDENTIALS).scope("vardflode")
			.tokenSettings(TokenSettings.builder().accessTokenTimeToLive(Duration.ofMinutes(30)).build()).build();
	}

	/** A person's claims in their ID token, a script's in its access token. */
	@Bean
	OAuth2TokenCustomizer<JwtEncodingContext> claims() {
		return context -> {
			if (OidcParameterNames.ID_TOKEN.equals(context.getTokenType().getValue())) {
				person(context.getPrincipal().getName()).ifPresent(person -> context.getClaims().claims(claims -> claims.putAll(person.claims())));
			}
			else if (OAuth2TokenType.ACCESS_TOKEN.equals(context.getTokenType())
					&& AuthorizationGrantType.CLIENT_CREDENTIALS.equals(context.getAuthorizationGrantType())) {
				Map<String, Object> script = SCRIPTS.getOrDefault(context.getRegisteredClient().getClientId(), Map.of());
				context.getClaims().claims(claims -> claims.putAll(script));
			}
		};
	}

	@Bean
	JWKSource<SecurityContext> signingKey() throws NoSuchAlgorithmException {
		KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
		generator.initialize(2048);
		KeyPair pair = generator.generateKeyPair();
		RSAKey key = new RSAKey.Builder((RSAPublicKey) pair.getPublic()).privateKey((RSAPrivateKey) pair.getPrivate())
			.keyID(UUID.randomUUID().toString()).build();
		return new ImmutableJWKSet<>(new JWKSet(key));
	}

	@Bean
	JwtDecoder accessTokens(JWKSource<SecurityContext> signingKey) {
		return OAuth2AuthorizationServerConfiguration.jwtDecoder(signingKey);
	}

	@Bean
	AuthorizationServerSettings settings(Environment environment) {
		return AuthorizationServerSettings.builder().issuer("http://localhost:" + environment.getRequiredProperty("server.port")).build();
	}

}
