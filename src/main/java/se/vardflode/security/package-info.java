/**
 * Who may call what: staff authenticate against the Camunda identity service, in one session for the webapps,
 * {@code /kpi} and the project's API (scripts by HTTP Basic, never challenged in a browser); cross-site requests are
 * refused; the engine's authorizations decide what staff see, region-wide figures are the process owner's.
 */
@ApplicationModule(allowedDependencies = {})
package se.vardflode.security;

import org.springframework.modulith.ApplicationModule;
