package se.vardflode.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A query's plan as PostgreSQL ran it ({@code EXPLAIN (ANALYZE, BUFFERS)}), written to {@code target/bench/<name>.txt}
 * for docs/benchmarks.md, and its execution time.
 */
final class QueryPlans {

	private QueryPlans() {
	}

	static double executionMillis(JdbcTemplate jdbc, String name, String query) {
		jdbc.queryForList(query); // once to warm the cache, as the engine's repeated requests find it
		List<String> plan = jdbc.queryForList("explain (analyze, buffers) " + query, String.class);
		try {
			Files.createDirectories(BenchReport.DIRECTORY);
			Files.write(BenchReport.DIRECTORY.resolve(name + ".txt"), plan);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return plan.stream().filter(line -> line.startsWith("Execution Time:"))
			.map(line -> Double.parseDouble(line.replaceAll("[^0-9.]", "")))
			.findFirst().orElse(-1.0);
	}

}
