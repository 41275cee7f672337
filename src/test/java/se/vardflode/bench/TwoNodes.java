package se.vardflode.bench;

import java.util.List;
import java.util.Map;

import com.icegreen.greenmail.util.GreenMail;

import org.camunda.bpm.engine.impl.util.ClockUtil;

import se.vardflode.Mailbox;
import se.vardflode.bench.BenchNode.Configuration;

/**
 * Two nodes, one database: both run the production configuration, the enrollments come in through both (as behind
 * a load balancer), and then both job executors compete for the due reminder timers. The engine's optimistic locking
 * must let exactly one node fire each timer.
 */
final class TwoNodes {

	private TwoNodes() {
	}

	static Map<String, Object> fireReminders(BenchDatabase database, int chats, long timeoutMillis) throws Exception {
		// the test JVM's one mail server (Mailbox), which the nodes' mail settings point to
		GreenMail smtp = Mailbox.get().server();
		smtp.purgeEmailFromAllMailboxes();
		BenchDatabase.Login login = database.create("twonodes");
		try (BenchNode node1 = BenchNode.start("node1", Configuration.TUNED, login);
				BenchNode node2 = BenchNode.start("node2", Configuration.TUNED, login)) {
			TimerFiring.enrollAYearBack();
			EnrollmentLoad.run(List.of(node1, node2), chats, 0, 16);
			return TimerFiring.run(List.of(node1, node2), smtp, chats, timeoutMillis);
		}
		finally {
			ClockUtil.reset();
		}
	}

}
