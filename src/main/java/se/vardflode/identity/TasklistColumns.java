package se.vardflode.identity;

import java.util.List;
import java.util.Map;

/**
 * What Tasklist shows on every task card of the staff filters, besides the task's name and dates: whose case it is
 * and its deadline. Each column is a task-local variable that the task context ({@code se.vardflode.taskcontext})
 * writes on every staff task as it is created; a filter names the variables in its {@code variables} property
 * ({@code [{"name": …, "label": …}]}). The one place that defines them, for whatever creates the filters.
 */
public final class TasklistColumns {

	/** The patient's name ("Tolvan Tolvansson"), or what the task is about when it is about no single patient. */
	public static final String PATIENT = "taskPatient";
	/** The patient's personnummer as ÅÅÅÅMMDD-NNNN. */
	public static final String PERSONNUMMER = "taskPersonnummer";
	/** When the task is due and which deadline that is ("2026-11-26 – vårdgarantin"). */
	public static final String DEADLINE = "taskDeadline";

	private TasklistColumns() {
	}

	/** The {@code variables} property of a Tasklist filter, in the order the card shows them. */
	public static List<Map<String, String>> filterVariables() {
		return List.of(
				Map.of("name", PATIENT, "label", "Patient"),
				Map.of("name", PERSONNUMMER, "label", "Personnummer"),
				Map.of("name", DEADLINE, "label", "Tidsgräns"));
	}

}
