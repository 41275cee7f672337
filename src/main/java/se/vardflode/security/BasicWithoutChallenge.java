package se.vardflode.security;

import jakarta.servlet.http.HttpServletResponse;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;

/**
 * Camunda's HTTP Basic check for {@code /engine-rest}, without the {@code WWW-Authenticate: Basic} challenge on a 401:
 * a browser that gets the challenge opens its own login dialog and then sends the cached password with every request
 * to the server, a cross-site form post included. Scripts and Camunda Modeler send their credentials unasked.
 * Public with a public constructor because Camunda's filter instantiates it by name.
 */
public class BasicWithoutChallenge extends HttpBasicAuthenticationProvider {

	@Override
	public void augmentResponseByAuthenticationChallenge(HttpServletResponse response, ProcessEngine engine) {
		// no challenge: the 401 alone tells a script its credentials are missing or wrong
	}

}
