package se.bostadsbryggan.bench;

/**
 * A figure's target from the issue: at most or at least a limit.
 *
 * @param atMost {@code true} for "at most {@code limit}", {@code false} for "at least"
 * @param limit the limit, in the figure's unit
 */
public record Target(boolean atMost, double limit) {

	/**
	 * @param limit the highest acceptable value
	 * @return the target "at most {@code limit}"
	 */
	public static Target atMost(double limit) {
		return new Target(true, limit);
	}

	/**
	 * @param limit the lowest acceptable value
	 * @return the target "at least {@code limit}"
	 */
	public static Target atLeast(double limit) {
		return new Target(false, limit);
	}

	/**
	 * @param value a measured value
	 * @return whether it meets the target
	 */
	public boolean met(double value) {
		return this.atMost ? value <= this.limit : value >= this.limit;
	}

	/**
	 * @param value a measured value
	 * @return by how much it misses the target (0 when met), in the figure's unit
	 */
	public double missedBy(double value) {
		return met(value) ? 0 : Math.abs(value - this.limit);
	}

	@Override
	public String toString() {
		return (this.atMost ? "≤ " : "≥ ") + Report.number(this.limit);
	}

}
