package se.vardflode.bench;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * B3: a nurse opens her unit's "Min enhet" filter in Tasklist while the region has {@code tasks} open staff tasks
 * spread over {@code units} units. Each unit gets a group, a nurse and a filter as the demo seeder makes them
 * (candidate group = the unit, assigned tasks included, READ on the filter for the group); the tasks are those of a
 * one-user-task process, one template instance per unit started by the engine and copied in SQL. Measured, through
 * /engine-rest with the nurse's authorizations checked: the first page as JSON (the list alone), and the request
 * Tasklist itself sends for it, which asks for HAL first and so gets the filter's count with the page.
 */
final class TaskListAtScale {

	static final String PROCESS_KEY = "bench-unit-task";
	private static final String FIRST_PAGE = """
			{"sorting":[{"sortBy":"created","sortOrder":"desc"}]}""";
	/** The Accept header of Tasklist's HTTP client (camunda-bpm-sdk-js): HAL, whose answer carries the count. */
	static final String TASKLIST_ACCEPT = "application/hal+json, application/json; q=0.5";

	private TaskListAtScale() {
	}

	static Map<String, Object> run(BenchNode node, int units, int tasks, int requests) {
		ProcessEngine engine = node.engine();
		engine.getRepositoryService().createDeployment().name("benchmark")
			.addClasspathResource("bench/unit-task.bpmn").deploy();
		JdbcTemplate jdbc = new JdbcTemplate(node.bean(DataSource.class));
		InstanceCloner cloner = new InstanceCloner(jdbc);
		List<String> filterIds = new ArrayList<>();
		long seedStarted = System.nanoTime();
		for (int u = 1; u <= units; u++) {
			String unit = "bench-unit-%02d".formatted(u);
			filterIds.add(unitWithNurseAndFilter(engine, unit, "bench.nurse%02d".formatted(u)));
			String template = engine.getRuntimeService()
				.startProcessInstanceByKey(PROCESS_KEY, Map.of("unitId", unit)).getId();
			copyInstance(cloner, template, tasks / units - 1);
		}
		jdbc.execute("analyze");
		double seedSeconds = (System.nanoTime() - seedStarted) / 1e9;

		List<StaffClient> nurses = new ArrayList<>();
		for (int u = 1; u <= units; u++) {
			nurses.add(new StaffClient(node.baseUrl(), "bench.nurse%02d".formatted(u), "demo"));
		}
		checkNurseSeesOwnUnit(node, nurses.get(0), filterIds.get(0), tasks / units);
		Latencies list = firstPages(node, nurses, filterIds, requests, "application/json");
		Latencies asTasklist = firstPages(node, nurses, filterIds, requests / 2, TASKLIST_ACCEPT);
		Map<String, Object> result = new LinkedHashMap<>();
		result.put("openTasks", engine.getTaskService().createTaskQuery().count());
		// the engine's read of the authorized group ids, as the engine writes it and as Vårdflöde reads it on PostgreSQL
		result.put("groupIdsDistinctScanMs", QueryPlans.executionMillis(jdbc, "b3-group-ids-distinct",
				"SELECT distinct(A.GROUP_ID_) FROM ACT_RU_AUTHORIZATION A"));
		result.put("groupIdsByIndexMs", QueryPlans.executionMillis(jdbc, "b3-group-ids-by-index", """
				WITH RECURSIVE G (GROUP_ID_) AS (
				  (SELECT MIN(A.GROUP_ID_) FROM ACT_RU_AUTHORIZATION A)
				  UNION ALL
				  SELECT (SELECT MIN(A.GROUP_ID_) FROM ACT_RU_AUTHORIZATION A WHERE A.GROUP_ID_ > G.GROUP_ID_)
				  FROM G WHERE G.GROUP_ID_ IS NOT NULL)
				SELECT G.GROUP_ID_ FROM G WHERE G.GROUP_ID_ IS NOT NULL"""));
		result.put("units", units);
		result.put("requests", requests);
		result.put("seedSeconds", Latencies.round(seedSeconds));
		result.putAll(list.summary());
		asTasklist.summary().forEach((percentile, millis) -> result.put("asTasklist." + percentile, millis));
		return result;
	}

	/** The units' first pages in turn; the first round (one per unit, not counted) warms each login and plan cache. */
	private static Latencies firstPages(BenchNode node, List<StaffClient> nurses, List<String> filterIds, int requests,
			String accept) {
		int units = nurses.size();
		Latencies latencies = new Latencies(requests);
		for (int i = 0; i < requests + units; i++) {
			int unit = i % units;
			long before = System.nanoTime();
			HttpResponse<String> page = nurses.get(unit).post(filterPath(node, filterIds.get(unit))
					+ "/list?firstResult=0&maxResults=15", FIRST_PAGE, accept);
			if (i >= units) {
				latencies.record(System.nanoTime() - before);
			}
			if (page.statusCode() != 200) {
				throw new IllegalStateException("Filter list answered " + page.statusCode() + ": " + page.body());
			}
		}
		return latencies;
	}

	/** The node's engine by name: /engine-rest/filter/… means the engine named "default". */
	private static String filterPath(BenchNode node, String filterId) {
		return "/engine-rest/engine/" + node.name() + "/filter/" + filterId;
	}

	private static void checkNurseSeesOwnUnit(BenchNode node, StaffClient nurse, String filterId, int expected) {
		String count = nurse.get(filterPath(node, filterId) + "/count").body();
		String tasklistPage = nurse.post(filterPath(node, filterId) + "/list?firstResult=0&maxResults=15", FIRST_PAGE,
				TASKLIST_ACCEPT).body();
		if (!count.contains("\"count\":" + expected) || !tasklistPage.contains("\"count\":" + expected)) {
			throw new IllegalStateException("The unit's nurse should see " + expected + " tasks, got " + count
					+ " and, as Tasklist, " + tasklistPage.substring(0, Math.min(200, tasklistPage.length())));
		}
	}

	/** The template instance's execution, task, candidate-group link, task authorization and variable, copied. */
	private static void copyInstance(InstanceCloner cloner, String template, int copies) {
		String ofTemplate = "t.PROC_INST_ID_ = '" + template + "'";
		cloner.copy("ACT_RU_EXECUTION", ofTemplate, copies, Map.of("ID_", InstanceCloner.suffixed("ID_"),
				"PROC_INST_ID_", InstanceCloner.suffixed("PROC_INST_ID_"), "ROOT_PROC_INST_ID_",
				InstanceCloner.suffixed("ROOT_PROC_INST_ID_")));
		// one task per unit every three minutes over the last three weeks, the units' tasks interleaved in time as in
		// a region (the templates were started milliseconds apart); identical creation times would let the planner
		// sort a whole unit at once
		cloner.copy("ACT_RU_TASK", ofTemplate, copies, Map.of("ID_", InstanceCloner.suffixed("ID_"), "EXECUTION_ID_",
				InstanceCloner.suffixed("EXECUTION_ID_"), "PROC_INST_ID_", InstanceCloner.suffixed("PROC_INST_ID_"),
				"CREATE_TIME_", "t.CREATE_TIME_ - g * interval '3 minutes'"));
		String ofTemplateTask = "(select ID_ from ACT_RU_TASK where PROC_INST_ID_ = '" + template + "')";
		cloner.copy("ACT_RU_IDENTITYLINK", "t.TASK_ID_ in " + ofTemplateTask, copies,
				Map.of("ID_", InstanceCloner.suffixed("ID_"), "TASK_ID_", InstanceCloner.suffixed("TASK_ID_")));
		cloner.copy("ACT_RU_AUTHORIZATION", "t.RESOURCE_ID_ in " + ofTemplateTask, copies,
				Map.of("ID_", InstanceCloner.suffixed("ID_"), "RESOURCE_ID_", InstanceCloner.suffixed("RESOURCE_ID_"),
						"ROOT_PROC_INST_ID_", InstanceCloner.suffixed("ROOT_PROC_INST_ID_")));
		cloner.copy("ACT_RU_VARIABLE", ofTemplate, copies, Map.of("ID_", InstanceCloner.suffixed("ID_"), "EXECUTION_ID_",
				InstanceCloner.suffixed("EXECUTION_ID_"), "PROC_INST_ID_", InstanceCloner.suffixed("PROC_INST_ID_"),
				"VAR_SCOPE_", InstanceCloner.suffixed("VAR_SCOPE_")));
	}

	/** As the demo seeder sets up a unit: its group, a nurse in it, and the unit's "Min enhet" filter she may read. */
	private static String unitWithNurseAndFilter(ProcessEngine engine, String unit, String nurseId) {
		IdentityService identity = engine.getIdentityService();
		Group group = identity.newGroup(unit);
		group.setName("Benchmark " + unit);
		group.setType("WORKFLOW");
		identity.saveGroup(group);
		User nurse = identity.newUser(nurseId);
		nurse.setPassword("demo");
		identity.saveUser(nurse);
		identity.createMembership(nurseId, unit);
		FilterService filters = engine.getFilterService();
		Filter filter = filters.newTaskFilter("Min enhet – " + unit)
			.setQuery(engine.getTaskService().createTaskQuery().taskCandidateGroup(unit).includeAssignedTasks());
		filters.saveFilter(filter);
		AuthorizationService authorizations = engine.getAuthorizationService();
		Authorization read = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
		read.setGroupId(unit);
		read.setResource(Resources.FILTER);
		read.setResourceId(filter.getId());
		read.addPermission(Permissions.READ);
		authorizations.saveAuthorization(read);
		return filter.getId();
	}

}
