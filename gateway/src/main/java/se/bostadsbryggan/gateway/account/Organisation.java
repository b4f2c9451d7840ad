package se.bostadsbryggan.gateway.account;

/**
 * The organisation a user works for.
 */
public enum Organisation {

	/** The housing company (bostadsbolaget). */
	HOUSING,

	/** The municipality's social services (socialtjänsten). */
	SOCIAL

}
