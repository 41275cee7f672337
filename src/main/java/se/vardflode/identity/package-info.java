/**
 * The region's care units (each one a Camunda group whose members work its tasks) and, in the default
 * profile only, the demo staff accounts, their Tasklist filters and authorizations.
 */
package se.vardflode.identity;
