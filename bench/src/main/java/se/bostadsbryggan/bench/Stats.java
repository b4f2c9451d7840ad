package se.bostadsbryggan.bench;

import java.util.Arrays;
import java.util.Collection;

/**
 * Medians and percentiles of measured samples (nearest rank, as latency tools report
 * them).
 */
public final class Stats {

	private Stats() {
	}

	/**
	 * @param samples the samples, not empty
	 * @return the median (the mean of the two middle samples for an even count)
	 */
	public static double median(Collection<? extends Number> samples) {
		double[] sorted = sorted(samples);
		int middle = sorted.length / 2;
		return (sorted.length % 2 == 1) ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
	}

	/**
	 * @param samples the samples, not empty
	 * @param percent the percentile, in (0, 100]
	 * @return the smallest sample that at least {@code percent} % of the samples do not
	 * exceed
	 */
	public static double percentile(Collection<? extends Number> samples, double percent) {
		if (percent <= 0 || percent > 100) {
			throw new IllegalArgumentException("A percentile is in (0, 100], not " + percent);
		}
		double[] sorted = sorted(samples);
		int rank = (int) Math.ceil(percent / 100 * sorted.length);
		return sorted[Math.max(rank, 1) - 1];
	}

	private static double[] sorted(Collection<? extends Number> samples) {
		if (samples.isEmpty()) {
			throw new IllegalArgumentException("No samples");
		}
		double[] values = samples.stream().mapToDouble(Number::doubleValue).toArray();
		Arrays.sort(values);
		return values;
	}

}
