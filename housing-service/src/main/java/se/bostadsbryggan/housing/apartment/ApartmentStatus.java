package se.bostadsbryggan.housing.apartment;

/**
 * Whether an apartment is let or vacant for re-letting.
 */
public enum ApartmentStatus {

	/** Uthyrd. */
	LET,

	/** Ledig för omflyttning. */
	VACANT

}
