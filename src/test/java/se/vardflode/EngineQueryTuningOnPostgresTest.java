package se.vardflode;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The PostgreSQL-only migration V102 (db/vendor/postgresql) runs after the engine created its tables and tunes the
 * project's queries on them (issue 10, docs/benchmarks.md): the planner learns the true share of grants holding a
 * permission, where it would guess 0.5 %; and the chat figures, whose query joins the months as a VALUES list, run
 * on PostgreSQL as on H2.
 */
@PostgresTest
class EngineQueryTuningOnPostgresTest {

	@Autowired
	JdbcTemplate jdbc;
	@Autowired
	TestRestTemplate http;

	@Test
	void the_planner_knows_how_many_grants_hold_read() {
		assertThat(jdbc.queryForObject("select count(*) from flyway_schema_history where version = '102' and success",
				Integer.class)).isEqualTo(1);
		jdbc.execute("analyze act_ru_authorization");
		long grants = jdbc.queryForObject("select count(*) from act_ru_authorization", Long.class);
		long holdingRead = jdbc.queryForObject("select count(*) from act_ru_authorization where perms_ & 2 = 2", Long.class);
		assertThat(holdingRead).as("the demo region's grants, most of them with READ").isGreaterThan(grants / 2);

		assertThat(estimatedRows("select * from act_ru_authorization where perms_ & 2 = 2"))
			.as("estimate for %d of %d grants (without the statistics: 0.5 %% of them)", holdingRead, grants)
			.isBetween(holdingRead * 2 / 3, holdingRead * 3 / 2);
	}

	@Test
	void a_chat_enrolled_today_counts_in_this_months_figures() {
		ResponseEntity<String> enrolled = http.withBasicAuth("um.sara", "demo").postForEntity("/api/enrollments",
				Map.of("careType", "UM", "unitId", "um-gavle", "personnummer", "20100223-9802", "email",
						"nils@example.invalid"), String.class);
		assertThat(enrolled.getStatusCode()).isEqualTo(HttpStatus.CREATED);

		ResponseEntity<KpiFigures> figures = http.withBasicAuth("chef.ingrid", "demo")
			.getForEntity("/api/kpi/chats?unitId=um-gavle", KpiFigures.class);

		assertThat(figures.getStatusCode()).isEqualTo(HttpStatus.OK);
		String thisMonth = YearMonth.now(ZoneId.of("Europe/Stockholm")).toString();
		assertThat(figures.getBody().rows()).filteredOn(row -> thisMonth.equals(row.get("month")))
			.singleElement().satisfies(row -> {
				assertThat(((Number) row.get("started")).longValue()).isPositive();
				assertThat(row.get("extended")).isEqualTo(0);
			});
	}

	record KpiFigures(List<Map<String, Object>> rows) {
	}

	private long estimatedRows(String query) {
		String plan = jdbc.queryForObject("explain (format json) " + query, String.class);
		return Long.parseLong(plan.replaceAll("(?s).*\"Plan Rows\": (\\d+).*", "$1"));
	}

}
