/**
 * The region's care units (each one a Camunda group whose members work its tasks) and what the engine holds for them,
 * provisioned from {@code vardflode.units} at every start in every profile: groups, Tasklist filters, authorizations,
 * the first administrator from the environment; what the engine grants a unit for the tasks that name it; staff
 * accounts as the region's identity provider describes them at login; and, in the default profile only, the demo
 * staff. Tasklist's Swedish texts and settings are resources beside it (META-INF/resources/webjars/camunda).
 */
@ApplicationModule(allowedDependencies = {})
package se.vardflode.identity;

import org.springframework.modulith.ApplicationModule;
