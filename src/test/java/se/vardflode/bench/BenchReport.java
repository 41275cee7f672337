package se.vardflode.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The benchmark's results: a JSON file under target/bench/ and a summary in the build log that leads with each
 * configuration's ratios to the engine's floor, then puts each absolute figure of the stock configuration next to the
 * tuned one with their ratio, then the machine. The machine's load before and after is part of
 * the result: this machine may be shared with other builds.
 */
final class BenchReport {

	private static final Logger log = LoggerFactory.getLogger(BenchReport.class);
	static final Path DIRECTORY = Path.of("target", "bench");
	/** The scenario key under which a configuration's ratios to the engine's floor are kept ({@link FloorRatios}). */
	static final String RATIOS = "ratios";

	private final Map<String, Object> results = new LinkedHashMap<>();

	BenchReport(String database) {
		results.put("startedAt", Instant.now().toString());
		results.put("machine", machine());
		results.put("database", database);
		results.put("loadAverageBefore", loadAverage());
	}

	void put(String key, Object value) {
		results.put(key, value);
	}

	/** Writes {@code target/bench/<file>} and logs one line per figure: stock, tuned, tuned/stock. */
	void write(String file, Map<String, Map<String, Object>> stock, Map<String, Map<String, Object>> tuned)
			throws IOException {
		results.put("loadAverageAfter", loadAverage());
		Files.createDirectories(DIRECTORY);
		new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(DIRECTORY.resolve(file).toFile(), results);
		StringBuilder summary = new StringBuilder("\nRatios to the engine's floor in the same run (issue 22)");
		summary.append("\n%-48s %8s %8s%n".formatted("ratio", "stock", "tuned"));
		Map<String, Object> stockRatios = figures(stock, RATIOS);
		Map<String, Object> tunedRatios = figures(tuned, RATIOS);
		(tunedRatios.isEmpty() ? stockRatios : tunedRatios).keySet().forEach(name -> summary.append("%-48s %8s %8s%n"
			.formatted(name, stockRatios.getOrDefault(name, ""), tunedRatios.getOrDefault(name, ""))));
		summary.append("\nAbsolute figures\n%-34s %12s %12s %8s%n".formatted("figure", "stock", "tuned", "tuned/stock"));
		// either configuration may have been left out (-Dbench.configurations)
		(tuned.isEmpty() ? stock : tuned).forEach((scenario, figures) -> {
			if (RATIOS.equals(scenario)) {
				return;
			}
			figures.forEach((name, any) -> {
				Object before = stock.getOrDefault(scenario, Map.of()).get(name);
				Object after = tuned.getOrDefault(scenario, Map.of()).get(name);
				summary.append("%-34s %12s %12s %8s%n".formatted(scenario + "." + name, before == null ? "" : before,
						after == null ? "" : after, ratio(before, after)));
			});
		});
		summary.append("machine: ").append(results.get("machine")).append(", load before ")
			.append(results.get("loadAverageBefore")).append(", after ").append(results.get("loadAverageAfter"));
		log.warn("Benchmark summary (target/bench/{}):{}", file, summary);
	}

	private static Map<String, Object> figures(Map<String, Map<String, Object>> results, String scenario) {
		return results.getOrDefault(scenario, Map.of());
	}

	private static String ratio(Object stock, Object tuned) {
		if (stock instanceof Number s && tuned instanceof Number t && s.doubleValue() != 0) {
			return "%.2f".formatted(t.doubleValue() / s.doubleValue());
		}
		return "";
	}

	static String loadAverage() {
		try {
			return Files.readString(Path.of("/proc/loadavg")).strip();
		}
		catch (IOException ex) {
			return "unknown";
		}
	}

	private static String machine() {
		return "%d cores, %d MB max heap, %s %s, Java %s".formatted(Runtime.getRuntime().availableProcessors(),
				Runtime.getRuntime().maxMemory() >> 20, System.getProperty("os.name"), System.getProperty("os.arch"),
				System.getProperty("java.version"));
	}

}
