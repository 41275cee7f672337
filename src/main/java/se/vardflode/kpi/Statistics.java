package se.vardflode.kpi;

import java.util.List;

/** The few order statistics the figures need. */
final class Statistics {

	private Statistics() {
	}

	/** The median, rounded to one decimal; null for no values. */
	static Double median(List<Double> values) {
		return percentile(values, 50);
	}

	/** Nearest-rank percentile, rounded to one decimal; null for no values. */
	static Double percentile(List<Double> values, int percent) {
		if (values.isEmpty()) {
			return null;
		}
		List<Double> sorted = values.stream().sorted().toList();
		double value;
		if (percent == 50 && sorted.size() % 2 == 0) {
			value = (sorted.get(sorted.size() / 2 - 1) + sorted.get(sorted.size() / 2)) / 2;
		}
		else {
			int rank = (int) Math.ceil(percent / 100.0 * sorted.size());
			value = sorted.get(Math.max(rank, 1) - 1);
		}
		return Math.round(value * 10) / 10.0;
	}

}
