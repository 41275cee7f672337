package se.vardflode.governance;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.filter.Filter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

import se.vardflode.VardflodeTest;

/**
 * JUEL in task queries: Camunda refuses expressions in ad-hoc queries, but checks only the outer query, so an
 * expression in {@code orQueries} was evaluated (verified against 7.24.0 by these tests before the fix: the probe
 * below ran); stored filters allow every expression. The engine now evaluates only Camunda's user and date functions
 * in a task query, at any depth, whether the query comes ad hoc, stored in a filter or extending a filter.
 */
@VardflodeTest
class TaskQueryExpressionTest {

	static final String PROBE = "vardflode.query-expression-probe";
	/** Code an attacker would run; this one only sets a system property, so that the test sees whether it ran. */
	static final String ATTACK = "${''.getClass().forName('java.lang.System').getMethod('getProperties').invoke(null)"
			+ ".put('" + PROBE + "', 'evaluated')}";
	static final String BVC_NURSE = "bvc.karin";
	static final String PROCESS_OWNER = "processagare";
	static final String PASSWORD = "demo";

	@Autowired
	TestRestTemplate http;
	@Autowired
	FilterService filterService;
	@Autowired
	JdbcTemplate jdbc;

	@BeforeEach
	@AfterEach
	void clearProbe() {
		System.clearProperty(PROBE);
		filterService.createFilterQuery().filterNameLike("Attack%").list().forEach(filter -> filterService.deleteFilter(filter.getId()));
	}

	@Test
	void an_expression_in_or_queries_of_an_ad_hoc_task_query_is_refused() {
		ResponseEntity<String> response = http.withBasicAuth(BVC_NURSE, PASSWORD)
			.postForEntity("/engine-rest/task", Map.of("orQueries", List.of(Map.of("assigneeExpression", ATTACK))), String.class);

		assertRefusedWithoutRunning(response);
	}

	@Test
	void an_expression_in_or_queries_of_a_task_count_is_refused() {
		ResponseEntity<String> response = http.withBasicAuth(BVC_NURSE, PASSWORD)
			.postForEntity("/engine-rest/task/count", Map.of("orQueries", List.of(Map.of("candidateGroupExpression", ATTACK))), String.class);

		assertRefusedWithoutRunning(response);
	}

	@Test
	void an_expression_in_a_query_extending_a_filter_is_refused() {
		String ownUnitFilter = filterService.createFilterQuery().filterName("Min enhet – BVC Gävle").singleResult().getId();

		ResponseEntity<String> response = http.withBasicAuth(BVC_NURSE, PASSWORD).postForEntity(
				"/engine-rest/filter/" + ownUnitFilter + "/list", Map.of("orQueries", List.of(Map.of("assigneeExpression", ATTACK))), String.class);

		assertRefusedWithoutRunning(response);
	}

	@Test
	void a_stored_filter_with_an_expression_is_refused_when_created_and_when_changed() {
		ResponseEntity<String> created = http.withBasicAuth(PROCESS_OWNER, PASSWORD).postForEntity("/engine-rest/filter/create",
				filter("Attack", Map.of("assigneeExpression", ATTACK)), String.class);
		ResponseEntity<String> nested = http.withBasicAuth(PROCESS_OWNER, PASSWORD).postForEntity("/engine-rest/filter/create",
				filter("Attack nested", Map.of("orQueries", List.of(Map.of("ownerExpression", ATTACK)))), String.class);
		String harmless = harmlessFilter();
		ResponseEntity<String> changed = http.withBasicAuth(PROCESS_OWNER, PASSWORD).exchange("/engine-rest/filter/" + harmless,
				HttpMethod.PUT, new HttpEntity<>(filter("Attack changed", Map.of("assigneeExpression", ATTACK))), String.class);

		assertRefusedWithoutRunning(created);
		assertRefusedWithoutRunning(nested);
		assertRefusedWithoutRunning(changed);
		assertThat(filterService.createFilterQuery().filterName("Attack").count()).isZero();
		assertThat(filterService.createFilterQuery().filterName("Attack nested").count()).isZero();
		assertThat(filterService.getFilter(harmless).getName()).isEqualTo("Attack harmless");
	}

	@Test
	void a_filter_stored_before_the_check_is_refused_when_it_runs() {
		String filter = harmlessFilter();
		// what a filter saved by an older release, or written to the database directly, may hold
		jdbc.update("update ACT_RU_FILTER set QUERY_ = ? where ID_ = ?",
				"{\"orQueries\":[{\"taskAssigneeExpression\":\"" + ATTACK + "\"}]}", filter);

		ResponseEntity<String> list = http.withBasicAuth(PROCESS_OWNER, PASSWORD).getForEntity("/engine-rest/filter/" + filter + "/list",
				String.class);
		ResponseEntity<String> count = http.withBasicAuth(PROCESS_OWNER, PASSWORD).getForEntity("/engine-rest/filter/" + filter + "/count",
				String.class);

		assertRefusedWithoutRunning(list);
		assertRefusedWithoutRunning(count);
	}

	@Test
	void camunda_user_and_date_functions_still_work_in_filters() {
		ResponseEntity<Map<String, Object>> created = http.withBasicAuth(PROCESS_OWNER, PASSWORD).exchange("/engine-rest/filter/create",
				HttpMethod.POST, new HttpEntity<>(filter("Attack-free due soon", Map.of("assigneeExpression", "${currentUser()}",
						"dueBeforeExpression", "${dateTime().plusDays(2).toDate()}", "orQueries",
						List.of(Map.of("candidateGroupsExpression", "${currentUserGroups()}", "createdAfterExpression", "${now()}"))))),
				new org.springframework.core.ParameterizedTypeReference<>() {
				});
		String myTasks = filterService.createFilterQuery().filterName("Mina uppgifter").singleResult().getId();

		ResponseEntity<String> dueSoon = http.withBasicAuth(PROCESS_OWNER, PASSWORD)
			.getForEntity("/engine-rest/filter/" + created.getBody().get("id") + "/list", String.class);
		ResponseEntity<String> mine = http.withBasicAuth(BVC_NURSE, PASSWORD).getForEntity("/engine-rest/filter/" + myTasks + "/list",
				String.class);

		assertThat(created.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(dueSoon.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(mine.getStatusCode()).isEqualTo(HttpStatus.OK);
	}

	private String harmlessFilter() {
		Filter filter = filterService.newTaskFilter("Attack harmless");
		filterService.saveFilter(filter);
		return filter.getId();
	}

	private static Map<String, Object> filter(String name, Map<String, Object> query) {
		return Map.of("resourceType", "Task", "name", name, "query", query);
	}

	private static void assertRefusedWithoutRunning(ResponseEntity<String> response) {
		assertThat(System.getProperty(PROBE)).as("the expression ran").isNull();
		assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(response.getBody()).contains("är inte tillåtet i en fråga");
	}

}
