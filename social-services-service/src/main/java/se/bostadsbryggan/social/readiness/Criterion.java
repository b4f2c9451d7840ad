package se.bostadsbryggan.social.readiness;

/**
 * The criteria of a readiness assessment's checklist; the pages show them in Swedish
 * ({@code readiness.criterion.<code>}).
 */
public enum Criterion {

	/** Pays the rent on time. */
	PAYS_RENT_ON_TIME,

	/** Keeps the apartment in order. */
	KEEPS_APARTMENT_IN_ORDER,

	/** Causes no disturbances. */
	NO_DISTURBANCES,

	/** Has the support they need. */
	HAS_NEEDED_SUPPORT,

	/** Can handle contacts with the landlord. */
	HANDLES_LANDLORD_CONTACTS

}
