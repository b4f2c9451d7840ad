package se.bostadsbryggan.allocation.meeting;

/** Who owns an action. */
public enum OwnerOrganisation {

	/** The housing company. */
	HOUSING,
	/** Social services. */
	SOCIAL,
	/** Both together. */
	JOINT

}
