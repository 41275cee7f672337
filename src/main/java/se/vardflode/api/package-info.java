/**
 * How the project's REST API reports errors: RFC 9457 problem details with a Swedish {@code detail}, a stable
 * {@code type} URI for programs, and field errors by field name. One handler for every pathway.
 */
package se.vardflode.api;
