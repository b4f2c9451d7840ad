package se.bostadsbryggan.audit;

/**
 * The caller for templates, as bean {@code currentUser}: e.g. a menu item only a manager
 * sees, {@code th:if="${@currentUser.hasRole('SOCIAL_MANAGER')}"}. Hiding a link is a
 * convenience: the service's access rules still decide who reaches the page.
 */
public class CurrentUser {

	/**
	 * @param role a role without {@code ROLE_}
	 * @return whether the caller holds it
	 */
	public boolean hasRole(String role) {
		return Actor.current().hasRole(role);
	}

}
