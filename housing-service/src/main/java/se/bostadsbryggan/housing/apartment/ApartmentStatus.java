package se.bostadsbryggan.housing.apartment;

/**
 * Where an apartment stands in letting.
 */
public enum ApartmentStatus {

	/** Uthyrd. */
	LET,

	/** Ledig för omflyttning. */
	VACANT,

	/** Under renovering. */
	UNDER_RENOVATION,

	/** Erbjuden. */
	OFFERED

}
