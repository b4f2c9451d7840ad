package se.bostadsbryggan.housing.disturbance;

/**
 * What a report is about.
 */
public enum DisturbanceCategory {

	/** Störning: noise, threats, other nuisance to neighbours. */
	DISTURBANCE,

	/** Skada: damage to the apartment or the building. */
	DAMAGE,

	/** Annat: anything else staff need to look into. */
	OTHER

}
