/**
 * The task guard: one check, inside the engine, for every way a task ends or changes hands, and for every answer —
 * whichever door the call came through: the Java API, {@code /engine-rest}, Tasklist's {@code /camunda/api/engine}
 * and the patient API. Camunda 7 itself stores whatever is submitted and lets anyone with the permission end a task
 * by a BPMN error.
 *
 * <p>{@link se.vardflode.forms.TaskGuardPlugin} installs it before the engine is built: two command checkers, which
 * the engine's own task commands call, and task and form services whose commands say how a task ends and to whom it
 * is handed.
 * <ul>
 * <li><b>Who may change a task</b>: every {@link se.vardflode.forms.TaskGuard} bean (the patient's own task, in
 * {@code patient}) is asked first among the engine's checkers, before its authorization, on assign, claim, unclaim,
 * delegate, resolve, owner, candidate users and groups, name, priority and dates, saving ({@code PUT /task/{id}}),
 * creating, deleting, setting or removing variables, and every way of ending a task.
 * <li><b>What a task may end with</b> (checked after the engine's authorization, so that who may not work a task
 * learns nothing about its form): complete and submit-form are checked against the task's deployed Camunda Form
 * ({@code camunda:formRef} or a {@code camunda-forms:} key), then against every {@link se.vardflode.forms.TaskRule}
 * of that form; an invalid answer throws {@link se.vardflode.forms.FormValidationException} (a
 * {@code FormFieldValidationException}, which Camunda REST answers with 400 naming each field), the transaction
 * rolls back and the task stays open, unchanged. Resolve, BPMN error and escalation carry no variables (the answer is
 * given in the form), and a BPMN error or escalation ends a task only when a boundary event on that task catches it:
 * both refused with a {@code BadUserRequestException} (400). A process's task cannot be deleted: 400.
 * <li><b>Refusals are the caller's mistake</b>: one INFO line naming the task and the fields, no stack trace; the
 * engine keeps logging every other failure at ERROR.
 * </ul>
 *
 * <p>Form rules, as form-js 1.8.7 checks them in the browser: {@code validate.required}, the value's type per
 * component (textfield/textarea: text; number: a number; checkbox: a boolean; datetime: an ISO date, time or
 * date-time; checklist/taglist: a list), {@code minLength}, {@code maxLength}, {@code min}, {@code max},
 * {@code pattern} (found anywhere in the value, as form-js tests it), {@code validationType} email, the static
 * {@code values} of radio, select, checklist and taglist, and no variable that the form has no field for; a dynamic
 * list ({@code dynamiclist}) is a list of entries, each checked against the list's fields and named
 * {@code path[i].key} in the errors. A {@code disabled} field is never submitted by form-js, so a value for it is
 * refused; a {@code readonly} one is submitted with the value it showed, so it may come back only unchanged. A user
 * task may allow more variables by declaring them in the BPMN as the extension property
 * {@code formAdditionalVariables} (comma-separated names). A field with a {@code conditional} (shown or hidden by a
 * FEEL condition the server does not evaluate) is checked when submitted but never required: a rule that depends on
 * another field's answer is a {@code TaskRule}. Components the validator does not understand (a group with a
 * {@code path}, a file picker, a read-only condition, a read-only field inside a dynamic list) make the form
 * unsupported: such a form fails validation loudly instead of passing unchecked.
 */
@ApplicationModule(allowedDependencies = {})
package se.vardflode.forms;

import org.springframework.modulith.ApplicationModule;
