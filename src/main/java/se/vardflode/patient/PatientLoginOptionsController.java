package se.vardflode.patient;

import java.util.Map;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** Tells the login page which logins there are: the e-identification link only where OpenID Connect is configured. */
@RestController
class PatientLoginOptionsController {

	private final boolean oidc;
	private final String registrationId;

	PatientLoginOptionsController(ObjectProvider<ClientRegistrationRepository> oidcClients, PatientOidc.Settings settings) {
		this.oidc = PatientOidc.registration(oidcClients, settings) != null;
		this.registrationId = settings.registrationId();
	}

	@GetMapping("/patient/login/options")
	Map<String, Object> options() {
		return oidc ? Map.of("eLegitimation", "/patient/oauth2/authorization/" + registrationId) : Map.of();
	}

}
