/**
 * The task context: what every staff task shows about its case, in its form and on its Tasklist card. As a staff task
 * is created, the engine (through a parse listener on every user task) writes task-local variables: {@code taskContext}
 * (JSON: the patient's name, personnummer and age, the unit that sent the task, its due date and which deadline that
 * is, and what the previous steps found) and the {@link se.vardflode.identity.TasklistColumns} of the Tasklist filters.
 * Every staff form in {@code forms/} starts with the same context block, which reads {@code taskContext}.
 *
 * <p>Each pathway describes its own tasks in a {@link se.vardflode.taskcontext.TaskContextSource} (one bean per
 * process, in the pathway's package): who sent the task, its deadline, findings, free texts, questionnaire answers and
 * events. The patient comes from {@link se.vardflode.patient.CasePatients}, her name from the
 * {@link se.vardflode.patient.PatientDirectory}.
 *
 * <p><b>A new staff task</b> (issues 17/18): copy the context block (the components {@code taskContext…}) to the top
 * of its form, and add a case for its activity id to its process's source, naming its deadline and what the person
 * needs to see. {@code TaskContextFormsBrowserTest} fails for a staff form without the block.
 */
@ApplicationModule(allowedDependencies = { "identity", "kernel", "patient" })
package se.vardflode.taskcontext;

import org.springframework.modulith.ApplicationModule;
