/**
 * Who may call what: staff log in through the region's identity provider (OpenID Connect, profile staff-oidc) or, in
 * the demo, against the Camunda identity service, in one session for the webapps, {@code /kpi} and the project's API
 * (machines by bearer token, Basic for scripts in the demo only, never challenged in a browser); cross-site requests
 * are refused; the engine's authorizations decide what staff see, region-wide figures are the process owner's.
 */
@ApplicationModule(allowedDependencies = "identity")
package se.vardflode.security;

import org.springframework.modulith.ApplicationModule;
