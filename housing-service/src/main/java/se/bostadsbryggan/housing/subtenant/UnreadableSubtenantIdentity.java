package se.bostadsbryggan.housing.subtenant;

/**
 * A shared subtenant identity that cannot be used: not sealed for a key housing holds,
 * changed on the way, moved from another placement, or not a valid identity once opened.
 * Its message never holds any of the content.
 */
class UnreadableSubtenantIdentity extends RuntimeException {

	UnreadableSubtenantIdentity(String message) {
		super(message);
	}

}
