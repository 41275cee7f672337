package se.vardflode.identity;

import java.util.LinkedHashMap;
import java.util.Map;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.TaskQuery;

/**
 * The Tasklist filters every unit gets, in one place: what each is called, which tasks it shows and how Tasklist shows
 * it. {@link UnitProvisioning} creates them and, at every start, brings an existing filter back to what is said here,
 * so a change here (a new property such as the variables a card shows) reaches every database at its next start.
 */
final class TasklistFilters {

	static final String MY_TASKS_NAME = "Mina uppgifter";
	static final String MY_UNIT_PREFIX = "Min enhet – ";
	/**
	 * Tasklist lists the filters by priority and opens the lowest: the unit filters (0) come first, so staff land on
	 * their unit's open work and "Mina uppgifter" follows.
	 */
	static final int MY_UNIT_PRIORITY = 0;
	static final int MY_TASKS_PRIORITY = 10;

	private TasklistFilters() {
	}

	/** A filter as it should be: its name, its task query and its Tasklist properties. */
	record Definition(String name, TaskQuery query, Map<String, Object> properties) {
	}

	/** "Min enhet – <unit>": the unit's open tasks, claimed or not; only the unit's group may read it. */
	static Definition myUnit(CareUnit unit, TaskService tasks) {
		return new Definition(MY_UNIT_PREFIX + unit.name(), tasks.createTaskQuery().taskCandidateGroup(unit.id()).includeAssignedTasks(),
				properties("Uppgifter för " + unit.name(), MY_UNIT_PRIORITY));
	}

	/** "Mina uppgifter": the tasks assigned to whoever opens it; every user may read it. */
	static Definition myTasks(TaskService tasks) {
		return new Definition(MY_TASKS_NAME, tasks.createTaskQuery().taskAssigneeExpression("${currentUser()}"),
				properties("Uppgifter som är tilldelade mig", MY_TASKS_PRIORITY));
	}

	private static Map<String, Object> properties(String description, int priority) {
		Map<String, Object> properties = new LinkedHashMap<>();
		properties.put("description", description);
		properties.put("priority", priority);
		// Tasklist reloads the list by itself, so new work appears without a click
		properties.put("refresh", true);
		// each task card names the patient, the personnummer and the deadline (a database from before gets them)
		properties.put("variables", TasklistColumns.filterVariables());
		return properties;
	}

}
