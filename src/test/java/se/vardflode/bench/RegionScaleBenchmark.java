package se.vardflode.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.icegreen.greenmail.util.GreenMail;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.Test;

import se.vardflode.Mailbox;
import se.vardflode.bench.BenchNode.Configuration;

/**
 * The engine's floor (issue 22: a minimal process started and its timer fired, {@link MinimalProcessFloor}) and
 * B1–B5 of issue 10, once with the stock configuration and once with the project's, each on a fresh database, in
 * one run: {@code ./mvnw -Pbench verify}. Sizes are system properties (defaults: the issue's). Speed targets are
 * reported, not asserted; what is asserted is that the work was done right (every reminder mailed exactly once).
 */
class RegionScaleBenchmark {

	static final int ENROLLMENTS = Integer.getInteger("bench.enrollments", 5000);
	static final int CLIENTS = Integer.getInteger("bench.clients", 16);
	static final int TASKS = Integer.getInteger("bench.tasks", 200_000);
	static final int UNITS = Integer.getInteger("bench.units", 20);
	static final int KPI_INSTANCES = Integer.getInteger("bench.kpiInstances", 100_000);
	/** Which configurations and scenarios run, e.g. {@code -Dbench.configurations=tuned -Dbench.scenarios=B3}. */
	static final Set<String> CONFIGURATIONS = Set.of(System.getProperty("bench.configurations", "stock,tuned").split(","));
	static final Set<String> SCENARIOS = Set.of(System.getProperty("bench.scenarios", "B1,B2,B3,B4,B5").split(","));

	@Test
	void region_scale_with_stock_and_tuned_configuration() throws Exception {
		try (BenchDatabase database = BenchDatabase.start()) {
			BenchReport report = new BenchReport(database.description());
			Map<String, Map<String, Object>> stock = measure(Configuration.STOCK, database);
			Map<String, Map<String, Object>> tuned = measure(Configuration.TUNED, database);
			report.put("stock", stock);
			report.put("tuned", tuned);
			report.write("results.json", stock, tuned);
			for (Map<String, Map<String, Object>> results : List.of(stock, tuned)) {
				if (results.containsKey("B2")) { // a configuration or B1/B2 may have been left out
					assertThat(results.get("B2").get("exactlyOnce")).isEqualTo(true);
				}
			}
		}
	}

	private static Map<String, Map<String, Object>> measure(Configuration configuration, BenchDatabase database)
			throws Exception {
		Map<String, Map<String, Object>> results = new LinkedHashMap<>();
		if (!CONFIGURATIONS.contains(configuration.name().toLowerCase())) {
			return results;
		}
		// the test JVM's one mail server (Mailbox), which the nodes' mail settings point to
		GreenMail smtp = Mailbox.get().server();
		smtp.purgeEmailFromAllMailboxes();
		MemoryProbe.reset();
		BenchDatabase.Login login = database.create(configuration.name().toLowerCase());
		long startup = System.nanoTime();
		try (BenchNode node = BenchNode.start(configuration.name().toLowerCase(), configuration, login)) {
			double startupSeconds = Latencies.round((System.nanoTime() - startup) / 1e9);
			int warmUp = Math.min(ENROLLMENTS, 20 * CLIENTS);
			// the floor first, on the fresh database, with the job executor still paused as in B1
			MinimalProcessFloor.deploy(node);
			results.put("floor", MinimalProcessFloor.starts(node, ENROLLMENTS, warmUp, CLIENTS));
			if (SCENARIOS.contains("B1") || SCENARIOS.contains("B2")) {
				TimerFiring.enrollAYearBack();
				results.put("B1", EnrollmentLoad.run(List.of(node), ENROLLMENTS, warmUp, CLIENTS));
				// the warm-up's chats were enrolled a year back too: their reminders are due with the others
				results.put("B2", TimerFiring.run(List.of(node), smtp, ENROLLMENTS + warmUp, 900_000));
				smtp.purgeEmailFromAllMailboxes();
			}
			else {
				node.startJobExecutor();
			}
			// the floor of B2: as many minimal timers, fired by the same executor once B2's work is done
			results.put("floorTimers", MinimalProcessFloor.timers(node, ENROLLMENTS + warmUp, CLIENTS, 900_000));
			if (SCENARIOS.contains("B3")) {
				long floorInstances = MinimalProcessFloor.removeInstances(node);
				results.put("B3", TaskListAtScale.run(node, UNITS, TASKS, 200));
				results.get("B3").put("floorInstancesRemovedBefore", floorInstances);
			}
			if (SCENARIOS.contains("B5")) {
				results.put("B5", KpiAtScale.run(node, KPI_INSTANCES, 20));
			}
			// after every scenario: the peaks of the whole run, and how long the node took to start on its empty database
			Map<String, Object> footprint = new LinkedHashMap<>(MemoryProbe.peaks());
			footprint.put("nodeStartSeconds", startupSeconds);
			results.put("B4", footprint);
			results.put(BenchReport.RATIOS, FloorRatios.of(results));
		}
		finally {
			ClockUtil.reset();
		}
		return results;
	}

}
