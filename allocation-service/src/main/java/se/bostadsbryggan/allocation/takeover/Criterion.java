package se.bostadsbryggan.allocation.takeover;

/** The takeover criteria, in the order the status page explains them. */
public enum Criterion {

	/** The contract has run long enough. */
	CONTRACT_AGE,

	/** The rent has been paid on time, month after month, long enough. */
	RENT_ON_TIME,

	/** No verified disturbance for long enough. */
	NO_VERIFIED_DISTURBANCE,

	/** A recent readiness assessment judged the client ready. */
	READINESS

}
