package se.bostadsbryggan.housing.disturbance;

/**
 * Where a report stands. Only {@link #VERIFIED} reports count in any assessment.
 */
public enum DisturbanceStatus {

	/** Reported, not yet investigated. */
	REPORTED,

	/** Staff checked the facts: it happened. */
	VERIFIED,

	/** Staff checked the facts and dismissed it. */
	DISMISSED

}
