package se.bostadsbryggan.allocation.meeting;

/** The agenda's sections, in the order the meeting takes them. */
public enum Section {

	/** Actions left open from earlier meetings. */
	ACTIONS,
	/** The year's quota. */
	QUOTA,
	/** Offers waiting and placements not yet signed. */
	OFFERS,
	/** Social contracts transferable to an own contract, or close to it. */
	TRANSFERABLE,
	/** Guarantees that can be released, or soon. */
	GUARANTEES,
	/** Lasting solutions due for their yearly review. */
	LASTING,
	/** Verified disturbances that hold an own contract back. */
	DISTURBANCES

}
