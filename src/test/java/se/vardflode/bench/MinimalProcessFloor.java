package se.vardflode.bench;

import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.sql.Timestamp;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;

import javax.sql.DataSource;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The engine's floor (issue 22): what the least process costs on the same node, database and configuration as the
 * measured scenarios, so that each B figure can be read as a multiple of it rather than as an absolute figure of a
 * machine that may be busy. The least process is start event → user task with full history
 * ({@code bench/minimal-process.bpmn}), started through the Java API and through
 * {@code POST /engine-rest/engine/{engine}/process-definition/key/bench-minimal/start} by a user with exactly the
 * grants a start needs (so the REST figure includes the engine's authorization checks, as an enrollment's does); for
 * timers, start event → timer → user task ({@code bench/minimal-timer.bpmn}) fired by the node's job executor.
 */
final class MinimalProcessFloor {

	static final String PROCESS_KEY = "bench-minimal";
	static final String TIMER_PROCESS_KEY = "bench-minimal-timer";
	private static final String TIMER = "timerDue";
	private static final String STARTER = "bench.starter";

	private MinimalProcessFloor() {
	}

	static void deploy(BenchNode node) {
		ProcessEngine engine = node.engine();
		engine.getRepositoryService().createDeployment().name("benchmark floor")
			.addClasspathResource("bench/minimal-process.bpmn").addClasspathResource("bench/minimal-timer.bpmn").deploy();
		IdentityService identity = engine.getIdentityService();
		User starter = identity.newUser(STARTER);
		starter.setPassword("demo");
		identity.saveUser(starter);
		grant(engine.getAuthorizationService(), Resources.PROCESS_DEFINITION, PROCESS_KEY, Permissions.READ,
				Permissions.CREATE_INSTANCE);
		grant(engine.getAuthorizationService(), Resources.PROCESS_INSTANCE, Authorization.ANY, Permissions.CREATE);
	}

	/**
	 * Minimal starts through the Java API and through REST, {@code clients} at a time (as B1), after a warm-up of
	 * {@code warmUp} each; and one client's REST starts in turn, the floor of a single request (as B3 and B5 send).
	 */
	static Map<String, Object> starts(BenchNode node, int starts, int warmUp, int clients) throws Exception {
		ProcessEngine engine = node.engine();
		IntConsumer javaStart = n -> engine.getRuntimeService().startProcessInstanceByKey(PROCESS_KEY);
		load(javaStart, warmUp, clients, new Latencies(warmUp));
		Latencies javaLatencies = new Latencies(starts);
		double javaSeconds = load(javaStart, starts, clients, javaLatencies);

		List<StaffClient> starters = new ArrayList<>();
		for (int c = 0; c < clients; c++) {
			starters.add(new StaffClient(node.baseUrl(), STARTER, "demo"));
		}
		String path = "/engine-rest/engine/" + node.name() + "/process-definition/key/" + PROCESS_KEY + "/start";
		IntConsumer restStart = n -> {
			HttpResponse<String> started = starters.get(n % clients).post(path, "{}");
			if (started.statusCode() != 200) {
				throw new IllegalStateException("Minimal start answered " + started.statusCode() + ": " + started.body());
			}
		};
		load(restStart, warmUp, clients, new Latencies(warmUp));
		Latencies restLatencies = new Latencies(starts);
		double restSeconds = load(restStart, starts, clients, restLatencies);
		int single = Math.max(1, Math.min(200, starts / 10));
		Latencies singleLatencies = new Latencies(single);
		load(restStart, single, 1, singleLatencies);

		Map<String, Object> result = new LinkedHashMap<>();
		result.put("starts", starts);
		result.put("clients", clients);
		result.put("javaStartsPerSecond", Latencies.round(starts / javaSeconds));
		result.put("javaP99Ms", Latencies.round(javaLatencies.percentileMillis(99)));
		result.put("restStartsPerSecond", Latencies.round(starts / restSeconds));
		result.put("restP50Ms", Latencies.round(restLatencies.percentileMillis(50)));
		result.put("restP99Ms", Latencies.round(restLatencies.percentileMillis(99)));
		result.put("oneClientRestP50Ms", Latencies.round(singleLatencies.percentileMillis(50)));
		result.put("oneClientRestP95Ms", Latencies.round(singleLatencies.percentileMillis(95)));
		return result;
	}

	/**
	 * {@code timers} minimal timer instances started through the Java API while the node's job executor runs; then the
	 * engine clock moves past their timers and the executor fires them. Timers/s as in B2: timers / time from moving
	 * the clock until the last timer's job ran (the job log).
	 */
	static Map<String, Object> timers(BenchNode node, int timers, int clients, long timeoutMillis) throws Exception {
		ProcessEngine engine = node.engine();
		JdbcTemplate jdbc = new JdbcTemplate(node.bean(DataSource.class));
		load(n -> engine.getRuntimeService().startProcessInstanceByKey(TIMER_PROCESS_KEY), timers, clients,
				new Latencies(timers));
		Date due;
		try {
			due = ClockUtil.offset(Duration.ofHours(2).toMillis());
			node.jobExecutor().jobWasAdded(); // an idle executor would first finish its back-off
			String remaining = "select count(*) from act_ru_job where process_def_key_ = '" + TIMER_PROCESS_KEY + "'";
			await().atMost(Duration.ofMillis(timeoutMillis)).pollInterval(Duration.ofMillis(200))
				.until(() -> jdbc.queryForObject(remaining, Long.class) == 0);
		}
		finally {
			ClockUtil.reset();
		}
		Timestamp lastFired = jdbc.queryForObject("select max(timestamp_) from act_hi_job_log where process_def_key_ = '"
				+ TIMER_PROCESS_KEY + "' and act_id_ = '" + TIMER + "' and job_state_ = 2", Timestamp.class);
		double seconds = (lastFired.getTime() - due.getTime()) / 1e3;
		Map<String, Object> result = new LinkedHashMap<>();
		result.put("timers", timers);
		result.put("secondsUntilLastFired", Latencies.round(seconds));
		result.put("timersPerSecond", Latencies.round(timers / seconds));
		return result;
	}

	/**
	 * Deletes the floor's instances once both floors are measured. They are the bench's scaffolding, not the region's
	 * work: some 16,000 open tasks without a candidate group, all created in the minutes before B3 seeds its region,
	 * which would sit among every unit's newest tasks in "Min enhet" and make B3 measure a burst that B3's region
	 * (one task per unit every three minutes) never has. B2's tasks, the chat unit's own, stay.
	 */
	static long removeInstances(BenchNode node) {
		RuntimeService runtime = node.engine().getRuntimeService();
		long removed = 0;
		for (String key : List.of(PROCESS_KEY, TIMER_PROCESS_KEY)) {
			List<String> page;
			do {
				page = runtime.createProcessInstanceQuery().processDefinitionKey(key).listPage(0, 1000).stream()
					.map(ProcessInstance::getId).toList();
				if (!page.isEmpty()) {
					runtime.deleteProcessInstances(page, "benchmark floor measured", true, true);
				}
				removed += page.size();
			}
			while (!page.isEmpty());
		}
		return removed;
	}

	private static double load(IntConsumer start, int count, int clients, Latencies latencies) throws Exception {
		AtomicInteger next = new AtomicInteger();
		ExecutorService pool = Executors.newFixedThreadPool(clients);
		long started = System.nanoTime();
		List<Future<?>> running = new ArrayList<>();
		for (int c = 0; c < clients; c++) {
			running.add(pool.submit(() -> {
				for (int n = next.getAndIncrement(); n < count; n = next.getAndIncrement()) {
					long before = System.nanoTime();
					start.accept(n);
					latencies.record(System.nanoTime() - before);
				}
			}));
		}
		try {
			for (Future<?> client : running) {
				client.get();
			}
		}
		finally {
			pool.shutdown();
		}
		return (System.nanoTime() - started) / 1e9;
	}

	private static void grant(AuthorizationService authorizations, Resource resource, String resourceId,
			Permission... permissions) {
		Authorization grant = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
		grant.setUserId(STARTER);
		grant.setResource(resource);
		grant.setResourceId(resourceId);
		for (Permission permission : permissions) {
			grant.addPermission(permission);
		}
		authorizations.saveAuthorization(grant);
	}

}
