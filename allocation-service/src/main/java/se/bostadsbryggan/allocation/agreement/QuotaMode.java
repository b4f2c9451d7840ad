package se.bostadsbryggan.allocation.agreement;

/**
 * How the agreement sets the year's quota.
 */
public enum QuotaMode {

	/** A share, in percent, of the apartments re-let last year. */
	SHARE,

	/** A fixed number of apartments. */
	FIXED

}
