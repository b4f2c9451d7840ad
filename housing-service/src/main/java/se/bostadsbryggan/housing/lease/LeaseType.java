package se.bostadsbryggan.housing.lease;

/**
 * Who holds a lease.
 */
public enum LeaseType {

	/** Förstahandskontrakt: the tenant holds the lease directly. */
	FIRST_HAND,

	/**
	 * Socialt kontrakt: the municipality holds the lease and sublets to a client, whose
	 * identity is not stored here.
	 */
	SOCIAL,

	/** Borgen: the tenant holds the lease; the municipality guarantees the rent. */
	GUARANTEED

}
