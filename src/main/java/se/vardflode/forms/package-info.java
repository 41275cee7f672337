/**
 * Server-side validation of every Camunda Form submission, in one place, for every path: the Java API
 * ({@code TaskService.complete}, {@code FormService.submitTaskForm}), {@code /engine-rest/task/{id}/complete} and
 * {@code /submit-form}, Tasklist (which calls {@code submit-form}) and the patient API. Camunda 7 itself stores
 * whatever is submitted.
 *
 * <p>The engine's task and form services are replaced (by {@link se.vardflode.forms.FormValidationPlugin}) with ones
 * whose complete and submit commands first check the submitted variables against the task's deployed form
 * ({@code camunda:formRef} or a {@code camunda-forms:} form key), inside the same engine command: an invalid
 * submission throws {@link se.vardflode.forms.FormValidationException} (a {@code FormFieldValidationException},
 * which Camunda REST answers with 400), so the transaction rolls back and the task stays open, unchanged.
 *
 * <p>Rules: {@code validate.required}, the value's type per component (textfield/textarea: text; number: a number;
 * checkbox: a boolean; datetime: an ISO date, time or date-time; checklist/taglist: a list), {@code minLength},
 * {@code maxLength}, {@code min}, {@code max}, {@code pattern} (found anywhere in the value, as form-js tests it),
 * {@code validationType} email, the static {@code values} of radio, select, checklist and taglist, and no variable
 * that the form has no field for; a dynamic list ({@code dynamiclist}) is a list of entries, each checked against the
 * list's fields and named {@code path[i].key} in the errors. A {@code disabled} field is never submitted by form-js 1.8.7,
 * so a value for it is refused; a {@code readonly} one is submitted with the value it showed, so it may come back only
 * unchanged. A user task may allow more variables by declaring them in the BPMN as the extension property
 * {@code formAdditionalVariables} (comma-separated names). A field with a {@code conditional}
 * (shown or hidden by a FEEL condition the server does not evaluate) is checked when submitted but never required.
 * Components the validator does not understand (e.g. a group with a {@code path}, a file picker, a read-only
 * condition, a read-only field inside a dynamic list) make the form unsupported: such a form fails validation loudly
 * instead of passing unchecked.
 */
package se.vardflode.forms;
