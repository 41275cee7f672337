/**
 * Keeps the models that process owners deploy safe: a deployment guard that refuses scripts, expressions outside an
 * allow-list, unknown forms and groups and processes without history TTL, for every deployment path.
 */
package se.vardflode.governance;
