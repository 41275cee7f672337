package se.vardflode.bench;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Each B figure as a multiple of the engine's floor measured in the same run, node and database
 * ({@link MinimalProcessFloor}): what issue 22 compares, because ratios survive a busy or a different machine where
 * absolute figures do not. Throughputs: B figure ÷ floor (1.0 = as fast as the least process). Latencies: B figure ÷
 * floor (1.0 = as quick as one request that starts the least process).
 */
final class FloorRatios {

	private FloorRatios() {
	}

	static Map<String, Object> of(Map<String, Map<String, Object>> results) {
		Map<String, Object> floor = results.getOrDefault("floor", Map.of());
		Map<String, Object> ratios = new LinkedHashMap<>();
		Map<String, Object> b1 = results.getOrDefault("B1", Map.of());
		put(ratios, "B1 enrollments/s ÷ minimal REST starts/s", b1.get("perSecond"), floor.get("restStartsPerSecond"));
		put(ratios, "B1 enrollments/s ÷ minimal Java starts/s", b1.get("perSecond"), floor.get("javaStartsPerSecond"));
		put(ratios, "B1 p99 ÷ minimal REST start p99", b1.get("p99Ms"), floor.get("restP99Ms"));
		put(ratios, "B2 timers/s ÷ minimal timers/s", results.getOrDefault("B2", Map.of()).get("timersPerSecond"),
				results.getOrDefault("floorTimers", Map.of()).get("timersPerSecond"));
		Map<String, Object> b3 = results.getOrDefault("B3", Map.of());
		put(ratios, "B3 p95 ÷ one minimal REST start p95", b3.get("p95Ms"), floor.get("oneClientRestP95Ms"));
		put(ratios, "B3 as Tasklist (count + page) p95 ÷ one minimal REST start p95", b3.get("asTasklist.p95Ms"),
				floor.get("oneClientRestP95Ms"));
		put(ratios, "B5 p95 ÷ one minimal REST start p95", results.getOrDefault("B5", Map.of()).get("p95Ms"),
				floor.get("oneClientRestP95Ms"));
		return ratios;
	}

	private static void put(Map<String, Object> ratios, String name, Object figure, Object floor) {
		if (figure instanceof Number f && floor instanceof Number m && m.doubleValue() > 0) {
			ratios.put(name, Math.round(f.doubleValue() / m.doubleValue() * 100) / 100.0);
		}
	}

}
