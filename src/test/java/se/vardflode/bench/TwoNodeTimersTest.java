package se.vardflode.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.assertj.core.api.InstanceOfAssertFactories;
import org.junit.jupiter.api.Test;

/**
 * Two nodes on one PostgreSQL share the due reminder timers: 500 of them, every reminder mailed exactly once, both
 * nodes take part, no incident. (A job that loses an optimistic-locking race to the other node is retried by the
 * engine: that is how the engine clusters, not a failure.) The small version of {@link TwoNodeBenchmark}, in every build because clustering is
 * the way Vårdflöde grows beyond one region.
 */
class TwoNodeTimersTest {

	@Test
	void two_nodes_on_one_database_mail_each_due_reminder_exactly_once() throws Exception {
		try (BenchDatabase database = BenchDatabase.start()) {
			Map<String, Object> fired = TwoNodes.fireReminders(database, 500, 120_000);

			assertThat(fired).containsEntry("exactlyOnce", true).containsEntry("reminderMails", 500)
				.containsEntry("incidents", 0L);
			assertThat(fired.get("firedByNode")).asInstanceOf(InstanceOfAssertFactories.map(String.class, Long.class))
				.containsOnlyKeys("node1", "node2");
		}
	}

}
