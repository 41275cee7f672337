/**
 * Who may call what: staff authenticate against the Camunda identity service (webapps by their own login, the
 * engine REST API and the project's API by HTTP Basic), and the engine's authorizations decide what they see.
 */
@ApplicationModule(allowedDependencies = {})
package se.vardflode.security;

import org.springframework.modulith.ApplicationModule;
