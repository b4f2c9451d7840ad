package se.bostadsbryggan.allocation.meeting;

import se.bostadsbryggan.audit.Actor;

/**
 * Which organisation's staff is looking: a caseworker's username is shown only to social
 * services' staff, the link to the housing company's own page only to its staff.
 *
 * @param social social services' staff
 * @param housing the housing company's staff
 */
record Viewer(boolean social, boolean housing) {

	static Viewer current() {
		Actor actor = Actor.current();
		return new Viewer(actor.hasRole("SOCIAL_CASEWORKER") || actor.hasRole("SOCIAL_MANAGER"),
				actor.hasRole("HOUSING_STAFF") || actor.hasRole("HOUSING_MANAGER"));
	}

	Agenda sees(Agenda agenda) {
		return agenda.seenBy(this.social, this.housing);
	}

}
