package se.vardflode.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;

/** Issue 10's cluster check at scale: 10k due reminder timers on two nodes, each fired and mailed exactly once. */
class TwoNodeBenchmark {

	static final int TIMERS = Integer.getInteger("bench.twoNodeTimers", 10_000);

	@Test
	void two_nodes_fire_every_due_reminder_exactly_once() throws Exception {
		try (BenchDatabase database = BenchDatabase.start()) {
			BenchReport report = new BenchReport(database.description());
			Map<String, Object> fired = TwoNodes.fireReminders(database, TIMERS, 1_800_000);
			report.put("twoNodes", fired);
			report.write("results-two-nodes.json", Map.of(), Map.of("twoNodes", fired));
			assertThat(fired).containsEntry("exactlyOnce", true).containsEntry("incidents", 0L);
			assertThat(((Map<?, ?>) fired.get("firedByNode"))).hasSize(2);
		}
	}

}
