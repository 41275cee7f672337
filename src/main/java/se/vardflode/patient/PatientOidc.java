package se.vardflode.patient;

import java.util.List;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.InMemoryClientRegistrationRepository;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

import se.vardflode.kernel.Personnummer;

/**
 * Patient login in production: OpenID Connect through the region's e-identification broker (BankID, Freja), which
 * delivers the personnummer in a claim. The client is configured the Spring Boot way under
 * {@code spring.security.oauth2.client.registration.<registration-id>}; this maps the broker's user to a patient.
 */
final class PatientOidc {

	private PatientOidc() {
	}

	/**
	 * @param registrationId the client registration patients log in with (its login starts at
	 *        {@code /patient/oauth2/authorization/<registration-id>})
	 * @param personnummerClaim the claim that holds the personnummer; by default the Swedish OIDC profile's
	 *        (id.oidc.se) personalIdentityNumber, as Swedish e-identification brokers deliver it
	 * @param nameClaim the claim with the name the page greets the patient by
	 */
	@ConfigurationProperties("vardflode.patient.oidc")
	record Settings(@DefaultValue("patient") String registrationId,
			@DefaultValue("https://id.oidc.se/claim/personalIdentityNumber") String personnummerClaim,
			@DefaultValue("name") String nameClaim) {
	}

	/** An OIDC login that has been mapped to a patient. */
	static final class PatientOidcUser extends DefaultOidcUser implements LoggedInPatient {

		private static final long serialVersionUID = 1L;

		private final PatientPrincipal patient;

		PatientOidcUser(OidcUser user, PatientPrincipal patient) {
			super(List.of(new SimpleGrantedAuthority(DemoPatientAuthenticationProvider.PATIENT_ROLE)), user.getIdToken(), user.getUserInfo());
			this.patient = patient;
		}

		@Override
		public PatientPrincipal patient() {
			return patient;
		}

		@Override
		public String getName() {
			return patient.getName();
		}

	}

	/** The broker's user as a patient; a login without a valid personnummer is refused, never half let in. */
	static PatientOidcUser toPatient(OidcUser user, Settings settings) {
		Object claim = user.getClaims().get(settings.personnummerClaim());
		Personnummer personnummer;
		try {
			personnummer = Personnummer.parse(claim == null ? null : claim.toString());
		}
		catch (IllegalArgumentException ex) {
			throw new OAuth2AuthenticationException(new OAuth2Error("invalid_personnummer",
					"The identity provider gave no valid personnummer in claim " + settings.personnummerClaim(), null));
		}
		Object name = user.getClaims().get(settings.nameClaim());
		return new PatientOidcUser(user, new PatientPrincipal(personnummer, name == null ? "" : name.toString()));
	}

	/** The broker's client registration, or null where none is configured (the staff login may be). */
	static ClientRegistration registration(ObjectProvider<ClientRegistrationRepository> clients, Settings settings) {
		return clients.getIfAvailable() instanceof InMemoryClientRegistrationRepository registrations
				? registrations.findByRegistrationId(settings.registrationId())
				: null;
	}

	static OAuth2UserService<OidcUserRequest, OidcUser> userService(Settings settings) {
		OidcUserService brokerUsers = new OidcUserService();
		return request -> toPatient(brokerUsers.loadUser(request), settings);
	}

}
