/**
 * How the project's own REST API ({@code /api/**}) answers when it says no: one handler turns every refusal into an
 * RFC 9457 problem detail with a stable {@code type} URI for programs, a Swedish {@code detail} for people and, for
 * bad input, {@code errors} keyed by field name. Pathways throw {@link se.vardflode.api.ApiProblem}. While the database
 * cannot be reached, every request that needs it — the login check included — is a 503 of its own type. The engine
 * REST API reads and writes its JSON with one mapper configured as Camunda's
 * ({@link se.vardflode.api.EngineRestObjectMapper}).
 */
@ApplicationModule(allowedDependencies = {})
package se.vardflode.api;

import org.springframework.modulith.ApplicationModule;
