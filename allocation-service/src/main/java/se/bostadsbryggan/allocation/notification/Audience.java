package se.bostadsbryggan.allocation.notification;

/**
 * Who a notice is for: one user, or every user of an organisation.
 *
 * @param username the user's login name, or {@code null} for an organisation
 * @param organisation {@code HOUSING} (every {@code HOUSING_*} user) or {@code SOCIAL}
 * (every {@code SOCIAL_*} user), or {@code null} for one user
 */
public record Audience(String username, String organisation) {

	public Audience {
		if ((username == null) == (organisation == null)) {
			throw new IllegalArgumentException("A notice is for one user or one organisation");
		}
		if (organisation != null && !"HOUSING".equals(organisation) && !"SOCIAL".equals(organisation)) {
			throw new IllegalArgumentException("Unknown organisation " + organisation);
		}
	}

	/**
	 * @param username a login name
	 * @return that user
	 */
	public static Audience user(String username) {
		return new Audience(username, null);
	}

	/**
	 * @return every user of the housing company
	 */
	public static Audience housing() {
		return new Audience(null, "HOUSING");
	}

	/**
	 * @return every user of social services
	 */
	public static Audience social() {
		return new Audience(null, "SOCIAL");
	}

}
