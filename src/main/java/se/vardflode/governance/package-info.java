/**
 * Keeps the models that process owners deploy safe: a deployment guard that refuses scripts, expressions outside an
 * allow-list, unknown forms and groups and processes without history TTL, for every deployment path.
 */
@ApplicationModule(allowedDependencies = { "identity" })
package se.vardflode.governance;

import org.springframework.modulith.ApplicationModule;
