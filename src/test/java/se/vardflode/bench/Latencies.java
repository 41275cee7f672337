package se.vardflode.bench;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/** Request latencies in nanoseconds, recorded by many threads at once, read as percentiles in milliseconds. */
final class Latencies {

	private final long[] nanos;
	private final AtomicInteger count = new AtomicInteger();

	Latencies(int capacity) {
		this.nanos = new long[capacity];
	}

	void record(long elapsedNanos) {
		nanos[count.getAndIncrement()] = elapsedNanos;
	}

	double percentileMillis(double percentile) {
		long[] sorted = Arrays.copyOf(nanos, count.get());
		Arrays.sort(sorted);
		int index = (int) Math.ceil(percentile / 100.0 * sorted.length) - 1;
		return sorted[Math.max(0, index)] / 1_000_000.0;
	}

	Map<String, Object> summary() {
		Map<String, Object> summary = new LinkedHashMap<>();
		summary.put("p50Ms", round(percentileMillis(50)));
		summary.put("p95Ms", round(percentileMillis(95)));
		summary.put("p99Ms", round(percentileMillis(99)));
		return summary;
	}

	static double round(double value) {
		return Math.round(value * 10) / 10.0;
	}

}
