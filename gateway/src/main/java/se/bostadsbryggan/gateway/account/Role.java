package se.bostadsbryggan.gateway.account;

import java.util.Set;

/**
 * What a user may do. {@link #ADMIN} is user administration only: it opens none of the
 * services.
 */
public enum Role {

	/** Letting staff, caretaker (uthyrare, bovärd). */
	HOUSING_STAFF(Organisation.HOUSING),

	/** Housing manager (fastighetschef). */
	HOUSING_MANAGER(Organisation.HOUSING),

	/** Caseworker (handläggare). */
	SOCIAL_CASEWORKER(Organisation.SOCIAL),

	/** Social services manager (enhetschef). */
	SOCIAL_MANAGER(Organisation.SOCIAL),

	/** User administration only (användaradministratör). */
	ADMIN(null);

	private final Organisation organisation;

	Role(Organisation organisation) {
		this.organisation = organisation;
	}

	/**
	 * @param organisation an organisation
	 * @return whether a user of that organisation may have this role
	 */
	public boolean allowedIn(Organisation organisation) {
		return this.organisation == null || this.organisation == organisation;
	}

	/**
	 * @param organisation an organisation
	 * @param roles roles
	 * @return whether a user of that organisation may have all those roles
	 */
	public static boolean allAllowedIn(Organisation organisation, Set<Role> roles) {
		return roles.stream().allMatch((role) -> role.allowedIn(organisation));
	}

}
