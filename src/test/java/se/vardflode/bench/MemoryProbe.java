package se.vardflode.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * B4: the peak heap and resident memory of this JVM, which runs the node (and the benchmark's clients and SMTP
 * server, a few MB) with the heap capped by the bench profile's -Xmx512m. Heap: the largest sum of the heap pools'
 * peaks; RSS: the kernel's high-water mark (VmHWM), reset at the start so that each configuration has its own.
 * PostgreSQL runs in its own processes and is not counted.
 */
final class MemoryProbe {

	private static final Path STATUS = Path.of("/proc/self/status");

	private MemoryProbe() {
	}

	static void reset() {
		System.gc();
		ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
		try {
			// "5" resets the peak resident set size (Linux proc(5), clear_refs)
			Files.writeString(Path.of("/proc/self/clear_refs"), "5");
		}
		catch (IOException | UnsupportedOperationException ex) {
			// not Linux, or not allowed: VmHWM then covers the whole JVM's life, which the summary says
		}
	}

	static Map<String, Object> peaks() {
		long heapPeak = ManagementFactory.getMemoryPoolMXBeans().stream()
			.filter(pool -> pool.getType() == MemoryType.HEAP)
			.mapToLong(pool -> pool.getPeakUsage().getUsed())
			.sum();
		Map<String, Object> result = new LinkedHashMap<>();
		result.put("maxHeapMb", ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getMax() >> 20);
		result.put("peakHeapMb", heapPeak >> 20);
		result.put("peakRssMb", kilobytes("VmHWM") >> 10);
		return result;
	}

	private static long kilobytes(String field) {
		try {
			return Files.readAllLines(STATUS).stream()
				.filter(line -> line.startsWith(field + ":"))
				.map(line -> line.replaceAll("\\D", ""))
				.mapToLong(Long::parseLong)
				.findFirst()
				.orElse(-1);
		}
		catch (IOException ex) {
			return -1;
		}
	}

}
