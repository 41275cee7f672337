package se.vardflode.forms;

import java.util.List;

/**
 * A rule across the fields of one Camunda Form that the form itself cannot express — a reason required only when the
 * decision is "return" (form-js shows the field conditionally, and the server never requires a conditional field),
 * a meeting booked ahead, a plan's huvudansvar held by a participant. Every bean of this type is asked by the central
 * completion check after the submission has passed the form's own rules, on every path that completes a task with
 * that form; what it finds is refused like a form error, a 400 naming each field. A rule only reads: what a
 * completion writes belongs in a task listener.
 */
public interface TaskRule {

	/** The {@code id} of the Camunda Form this rule is for. */
	String formId();

	/**
	 * @return one error per offending field, named as the form names it ({@code actions[0].dueBy} inside a dynamic
	 *         list); empty when the submission keeps the rule
	 */
	List<FieldError> check(Submission submission);

}
