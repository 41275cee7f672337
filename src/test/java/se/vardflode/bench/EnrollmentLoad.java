package se.vardflode.bench;

import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * B1: youth-clinic chat enrollments through POST /api/enrollments from concurrent staff clients, a fixed number of
 * them, each patient a distinct synthetic personnummer (a patient has one open chat per unit and care type). With
 * several nodes the clients take turns, as behind a round-robin load balancer.
 */
final class EnrollmentLoad {

	static final String YOUTH_NURSE = "um.sara";
	static final String UNIT = "um-gavle";

	private EnrollmentLoad() {
	}

	/**
	 * Enrolls patients {@code 0…enrollments-1}, measured, after {@code warmUp} unmeasured ones (patients numbered
	 * from {@code enrollments} on), so that the first configuration is not measured on a cold JVM.
	 */
	static Map<String, Object> run(List<BenchNode> nodes, int enrollments, int warmUp, int clients) throws Exception {
		load(nodes, enrollments, warmUp, clients, new Latencies(warmUp));
		Latencies latencies = new Latencies(enrollments);
		double seconds = load(nodes, 0, enrollments, clients, latencies);
		Map<String, Object> result = new LinkedHashMap<>();
		result.put("enrollments", enrollments);
		result.put("warmUpEnrollments", warmUp);
		result.put("clients", clients);
		result.put("seconds", Latencies.round(seconds));
		result.put("perSecond", Latencies.round(enrollments / seconds));
		result.putAll(latencies.summary());
		return result;
	}

	private static double load(List<BenchNode> nodes, int firstPatient, int enrollments, int clients,
			Latencies latencies) throws Exception {
		AtomicInteger next = new AtomicInteger();
		AtomicInteger failures = new AtomicInteger();
		ExecutorService pool = Executors.newFixedThreadPool(clients);
		long started = System.nanoTime();
		List<Future<?>> running = new java.util.ArrayList<>();
		for (int c = 0; c < clients; c++) {
			StaffClient client = new StaffClient(nodes.get(c % nodes.size()).baseUrl(), YOUTH_NURSE, "demo");
			running.add(pool.submit(() -> {
				for (int n = next.getAndIncrement(); n < enrollments; n = next.getAndIncrement()) {
					long before = System.nanoTime();
					HttpResponse<String> response = client.post("/api/enrollments", body(firstPatient + n));
					latencies.record(System.nanoTime() - before);
					if (response.statusCode() != 201) {
						failures.incrementAndGet();
					}
				}
			}));
		}
		for (Future<?> client : running) {
			client.get();
		}
		double seconds = (System.nanoTime() - started) / 1e9;
		pool.shutdown();
		if (failures.get() > 0) {
			throw new IllegalStateException(failures.get() + " of " + enrollments + " enrollments failed");
		}
		return seconds;
	}

	static String patientMail(int n) {
		return "ung" + n + "@example.invalid";
	}

	private static String body(int n) {
		return """
				{"careType":"UM","unitId":"%s","personnummer":"%s","email":"%s"}"""
			.formatted(UNIT, TestPersonnummer.nth(n), patientMail(n));
	}

}
