/**
 * Limits what the engine will execute, for every path into it: a deployment guard that admits only BPMN, DMN and
 * Camunda Forms on an allow-list (no scripts, shell or mail tasks, legacy namespaces, embedded forms, expressions
 * outside an allow-list), CMMN off, only Camunda's user and date functions in task queries, only the project's types
 * as Object variables; and the migration of running instances to new model versions.
 */
@ApplicationModule(allowedDependencies = { "identity" })
package se.vardflode.governance;

import org.springframework.modulith.ApplicationModule;
