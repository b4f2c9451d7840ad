package se.bostadsbryggan.audit;

/**
 * How an audited action ended.
 */
public enum Outcome {

	/** Done: the data was read or changed. */
	SUCCESS,

	/** The subject does not exist, or is outside the caller's scope (answered alike). */
	NOT_FOUND,

	/** Refused by a rule of access. */
	DENIED,

	/** Refused because the input was invalid. */
	INVALID,

	/** Refused because it conflicts with data already there. */
	CONFLICT

}
