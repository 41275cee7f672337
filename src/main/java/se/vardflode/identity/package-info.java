/**
 * The region's care units (each one a Camunda group whose members work its tasks), what the engine grants a unit for
 * the tasks that name it, and, in the default profile only, the demo staff accounts, their Tasklist filters and
 * authorizations. Tasklist's Swedish texts and settings are resources beside it (META-INF/resources/webjars/camunda).
 */
@ApplicationModule(allowedDependencies = {})
package se.vardflode.identity;

import org.springframework.modulith.ApplicationModule;
