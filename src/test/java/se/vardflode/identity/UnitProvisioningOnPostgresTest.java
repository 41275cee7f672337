package se.vardflode.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import se.vardflode.VardflodeApplication;

/**
 * Provisioning as production meets it: the {@code postgres} profile (no demo users) on an empty PostgreSQL, started as
 * nodes start — whole application contexts, one after the other and two at once on one database (idempotent, no
 * duplicate filter or grant, and what the configuration does not name revoked).
 */
class UnitProvisioningOnPostgresTest {

	static final String SUBSTITUTE_UNIT = "testenhet";

	static EmbeddedPostgres postgres;
	static JdbcTemplate database;

	final List<ConfigurableApplicationContext> nodes = new ArrayList<>();
	String url;

	@BeforeAll
	static void startPostgres() throws IOException {
		postgres = EmbeddedPostgres.builder().setRegisterShutdownHook(false).start();
	}

	@AfterAll
	static void stopPostgres() throws IOException {
		postgres.close();
	}

	@AfterEach
	void stopNodes() {
		nodes.forEach(ConfigurableApplicationContext::close);
	}

	@Test
	void an_empty_database_gets_every_units_group_filters_and_grants_and_a_second_start_changes_nothing() throws Exception {
		emptyDatabase("provisioning_restart");

		ConfigurableApplicationContext first = node("provisioningRestart1");
		List<Map<String, Object>> afterFirstStart = snapshot();
		CareUnits units = first.getBean(CareUnits.class);
		for (CareUnit unit : units.units()) {
			assertThat(database.queryForObject("select name_ from act_id_group where id_ = ?", String.class, unit.id())).isEqualTo(unit.name());
			assertThat(database.queryForList("select f.id_ from act_ru_filter f join act_ru_authorization a on a.resource_id_ = f.id_ "
					+ "where f.name_ = ? and a.group_id_ = ? and a.resource_type_ = 5", String.class, TasklistFilters.MY_UNIT_PREFIX + unit.name(),
					unit.id())).as("%s reads its filter", unit.id()).hasSize(1);
			assertThat(grants(unit.id(), 0)).as("%s opens Tasklist", unit.id()).containsExactly("tasklist");
			assertThat(grants(unit.id(), 6)).as("%s reads what it starts", unit.id()).containsExactlyInAnyOrderElementsOf(unit.startsProcesses());
			assertThat(grants(unit.id(), 8)).as("%s creates no process instances", unit.id()).isEmpty();
		}
		assertThat(database.queryForObject("select count(*) from act_ru_filter where name_ = ?", Integer.class, TasklistFilters.MY_TASKS_NAME))
			.isEqualTo(1);
		assertThat(database.queryForObject("select count(*) from act_id_user", Integer.class)).as("no demo users in production").isZero();
		assertThat(database.queryForObject("select count(*) from act_ru_authorization where group_id_ = ? and perms_ = ?", Integer.class,
				Groups.CAMUNDA_ADMIN, Integer.MAX_VALUE)).as("the process owners administer every resource").isGreaterThan(20);
		first.close();

		node("provisioningRestart2");

		assertThat(snapshot()).as("a second start changed nothing, not even a revision").isEqualTo(afterFirstStart);
	}

	@Test
	void a_unit_that_leaves_the_configuration_loses_its_filter_and_grants_and_the_first_administrator_comes_from_the_environment()
			throws Exception {
		emptyDatabase("provisioning_removed_unit");
		ConfigurableApplicationContext before = node("provisioningRemoval1");
		List<String> units = unitsWithSubstitute(before.getBean(CareUnits.class));
		before.close();
		node("provisioningRemoval2", units.toArray(String[]::new)).close();
		assertThat(grants(SUBSTITUTE_UNIT, 0)).containsExactly("tasklist");
		assertThat(grants(SUBSTITUTE_UNIT, 6)).containsExactly("sip-coordination");
		assertThat(database.queryForObject("select count(*) from act_ru_filter where name_ = 'Min enhet – Testenheten'", Integer.class)).isEqualTo(1);

		node("provisioningRemoval3", "--vardflode.administrator.user-id=forsta.admin",
				"--vardflode.administrator.password=ett-langt-losenord");

		assertThat(database.queryForObject("select count(*) from act_ru_filter where name_ = 'Min enhet – Testenheten'", Integer.class)).isZero();
		// applications 0, filters 5, process definitions 6, process instances 8 (the engine's own READ on the group stays)
		assertThat(database.queryForObject("select count(*) from act_ru_authorization where group_id_ = ? and resource_type_ in (0, 5, 6, 8)",
				Integer.class, SUBSTITUTE_UNIT)).isZero();
		assertThat(database.queryForObject("select count(*) from provisioned_unit where unit_id = ?", Integer.class, SUBSTITUTE_UNIT)).isZero();
		assertThat(database.queryForList("select group_id_ from act_id_membership where user_id_ = 'forsta.admin'", String.class))
			.containsExactly(Groups.CAMUNDA_ADMIN);
	}

	@Test
	void two_nodes_provisioning_one_database_at_once_end_in_one_consistent_set() throws Exception {
		emptyDatabase("provisioning_race");
		ConfigurableApplicationContext node1 = node("provisioningRace1");
		ConfigurableApplicationContext node2 = node("provisioningRace2");
		List<Map<String, Object>> provisionedByOne = snapshotWithoutIds();
		// back to a database that nothing has provisioned yet (the engine's schema stays)
		database.update("delete from act_ru_authorization where group_id_ is distinct from ?", Groups.CAMUNDA_ADMIN);
		database.update("delete from act_ru_filter");
		database.update("delete from provisioned_unit");
		database.update("update identity_provisioning set my_tasks_filter_id = null");
		database.update("delete from act_id_group where id_ <> ?", Groups.CAMUNDA_ADMIN);
		// and a grant the configuration does not name, which one of the two must revoke
		AuthorizationService authorizations = node1.getBean(AuthorizationService.class);
		Authorization cockpitForBvc = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
		cockpitForBvc.setGroupId("bvc-gavle");
		cockpitForBvc.setResource(Resources.APPLICATION);
		cockpitForBvc.setResourceId("cockpit");
		cockpitForBvc.addPermission(Permissions.ACCESS);
		authorizations.saveAuthorization(cockpitForBvc);

		CyclicBarrier together = new CyclicBarrier(2);
		ExecutorService starts = Executors.newFixedThreadPool(2);
		try {
			List<Future<UnitProvisioning.Changes>> runs = new ArrayList<>();
			for (ConfigurableApplicationContext node : List.of(node1, node2)) {
				runs.add(starts.submit(() -> {
					together.await();
					return node.getBean(UnitProvisioning.class).provision();
				}));
			}
			List<UnitProvisioning.Changes> changes = new ArrayList<>();
			for (Future<UnitProvisioning.Changes> run : runs) {
				changes.add(run.get(2, TimeUnit.MINUTES));
			}
			assertThat(changes).as("one node provisioned, the other waited and found it done").filteredOn(UnitProvisioning.Changes::none).hasSize(1);
		}
		finally {
			starts.shutdownNow();
		}

		assertThat(snapshotWithoutIds()).as("one filter per unit, one set of grants, the stray grant revoked").isEqualTo(provisionedByOne);
		assertThat(grants("bvc-gavle", 0)).containsExactly("tasklist");
	}

	private ConfigurableApplicationContext node(String engineName, String... arguments) {
		List<String> args = new ArrayList<>(List.of(arguments));
		args.addAll(List.of("--server.port=0", "--camunda.bpm.process-engine-name=" + engineName,
				"--camunda.bpm.job-execution.enabled=false", "--spring.datasource.url=" + url, "--spring.datasource.username=postgres",
				"--spring.datasource.password=", "--spring.mail.host=127.0.0.1",
				// no webapps: their filters start from a static application context, which a node of its own here would
				// leave pointing at a closed context for the tests that run after this one in the same JVM
				"--camunda.bpm.webapp.enabled=false"));
		ConfigurableApplicationContext node = new SpringApplicationBuilder(VardflodeApplication.class).profiles("postgres")
			.run(args.toArray(String[]::new));
		nodes.add(node);
		return node;
	}

	private void emptyDatabase(String name) throws SQLException {
		try (Connection connection = postgres.getPostgresDatabase().getConnection(); Statement sql = connection.createStatement()) {
			sql.execute("create database " + name);
		}
		url = postgres.getJdbcUrl("postgres", name);
		database = new JdbcTemplate(postgres.getDatabase("postgres", name));
	}

	/** The configured units and one more, as command-line arguments (a list is replaced whole by a higher source). */
	private static List<String> unitsWithSubstitute(CareUnits configured) {
		List<String> args = new ArrayList<>();
		int index = 0;
		for (CareUnit unit : configured.units()) {
			String prefix = "--vardflode.units[" + index++ + "].";
			args.add(prefix + "id=" + unit.id());
			args.add(prefix + "name=" + unit.name());
			args.add(prefix + "team-mail=" + unit.teamMail());
			args.add(prefix + "care-types=" + String.join(",", unit.careTypes()));
			args.add(prefix + "starts-processes=" + String.join(",", unit.startsProcesses()));
		}
		String prefix = "--vardflode.units[" + index + "].";
		args.addAll(List.of(prefix + "id=" + SUBSTITUTE_UNIT, prefix + "name=Testenheten", prefix + "team-mail=test@region.example",
				prefix + "starts-processes=sip-coordination"));
		return args;
	}

	private static List<String> grants(String groupId, int resourceType) {
		return database.queryForList("select resource_id_ from act_ru_authorization where group_id_ = ? and resource_type_ = ? and type_ = 1",
				String.class, groupId, resourceType);
	}

	/** Groups, filters and authorizations as they are, ids and revisions included. */
	private static List<Map<String, Object>> snapshot() {
		List<Map<String, Object>> rows = new ArrayList<>();
		rows.addAll(database.queryForList("select id_, rev_, name_, type_ from act_id_group order by id_"));
		rows.addAll(database.queryForList("select id_, rev_, name_, query_, properties_ from act_ru_filter order by id_"));
		rows.addAll(database.queryForList(
				"select id_, rev_, type_, group_id_, user_id_, resource_type_, resource_id_, perms_ from act_ru_authorization order by id_"));
		return rows;
	}

	/** The same, as what they grant: names instead of ids. */
	private static List<Map<String, Object>> snapshotWithoutIds() {
		List<Map<String, Object>> rows = new ArrayList<>();
		rows.addAll(database.queryForList("select id_, name_, type_ from act_id_group order by id_"));
		rows.addAll(database.queryForList("select name_, query_, properties_ from act_ru_filter order by name_"));
		rows.addAll(database.queryForList("select a.type_, a.group_id_, a.user_id_, a.resource_type_, coalesce(f.name_, a.resource_id_) as resource_, "
				+ "a.perms_ from act_ru_authorization a left join act_ru_filter f on a.resource_type_ = 5 and f.id_ = a.resource_id_ "
				+ "order by a.type_, a.group_id_, a.user_id_, a.resource_type_, resource_"));
		return rows;
	}

}
