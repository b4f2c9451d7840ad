package se.bostadsbryggan.allocation.spread;

/**
 * The running social contracts and guarantees of one stairwell, and of its property.
 *
 * @param stairwell the stairwell's code
 * @param property the property's designation, or {@code null} while unknown
 * @param socialContracts running social contracts in the stairwell
 * @param guarantees running guaranteed leases in the stairwell
 * @param stairwellLimit the agreement's most per stairwell
 * @param propertyCount running social contracts and guarantees in the property
 * @param propertyApartments the apartments known in the property
 * @param propertyLimit the agreement's most for the property (its share, rounded down, at
 * least 1)
 */
public record Concentration(String stairwell, String property, int socialContracts, int guarantees, int stairwellLimit,
		int propertyCount, int propertyApartments, int propertyLimit) {

	/**
	 * @return social contracts and guarantees together
	 */
	public int total() {
		return this.socialContracts + this.guarantees;
	}

	/**
	 * @return whether one more would break the stairwell's limit
	 */
	public boolean stairwellFull() {
		return total() >= this.stairwellLimit;
	}

	/**
	 * @return whether one more would break the property's limit
	 */
	public boolean propertyFull() {
		return this.property != null && this.propertyCount >= this.propertyLimit;
	}

}
