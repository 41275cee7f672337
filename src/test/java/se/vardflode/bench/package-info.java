/**
 * Benchmarks at region scale (issue 10): the real application on a real PostgreSQL, measured with the stock Camunda
 * Spring Boot defaults and with the project's configuration. Run by {@code ./mvnw -Pbench verify}, never by the
 * default build; the small two-node test is the exception that runs in every build.
 */
package se.vardflode.bench;
