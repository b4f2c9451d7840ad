package se.bostadsbryggan.bench;

import java.util.List;

/**
 * One measured figure: its samples (one per run), its reference measured side by side in
 * the same runs, and its target.
 *
 * @param key a stable key for the JSON report, e.g. {@code startup.readySeconds}
 * @param label what it is, for the Markdown report
 * @param unit the unit, e.g. {@code s}, {@code MiB}, {@code ms}, {@code req/s}
 * @param samples one value per run
 * @param referenceLabel what the reference is, or {@code null} when there is none
 * @param referenceSamples the reference's values, one per run (empty when there is none)
 * @param target the target, or {@code null} when the figure has none
 */
public record Figure(String key, String label, String unit, List<Double> samples, String referenceLabel,
		List<Double> referenceSamples, Target target) {

	public Figure {
		if (samples.isEmpty()) {
			throw new IllegalArgumentException("Figure " + key + " has no samples");
		}
		samples = List.copyOf(samples);
		referenceSamples = (referenceSamples != null) ? List.copyOf(referenceSamples) : List.of();
	}

	/**
	 * @param key the key
	 * @param label the label
	 * @param unit the unit
	 * @param samples the samples
	 * @param target the target, or {@code null}
	 * @return a figure without reference
	 */
	public static Figure of(String key, String label, String unit, List<Double> samples, Target target) {
		return new Figure(key, label, unit, samples, null, List.of(), target);
	}

	/**
	 * @return the median of the samples
	 */
	public double value() {
		return Stats.median(this.samples);
	}

	/**
	 * @return the median of the reference samples, or {@code null}
	 */
	public Double reference() {
		return this.referenceSamples.isEmpty() ? null : Stats.median(this.referenceSamples);
	}

	/**
	 * @return value divided by reference, or {@code null} without a (non-zero) reference
	 */
	public Double ratio() {
		Double reference = reference();
		return (reference == null || reference == 0) ? null : value() / reference;
	}

	/**
	 * @return whether the median meets the target, or {@code null} without a target
	 */
	public Boolean met() {
		return (this.target == null) ? null : this.target.met(value());
	}

}
