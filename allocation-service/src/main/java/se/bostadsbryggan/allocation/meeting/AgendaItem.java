package se.bostadsbryggan.allocation.meeting;

import java.util.List;

/**
 * One matter on the agenda. It names no client: object numbers, pseudonymous request
 * references and staff usernames only.
 *
 * @param section its section
 * @param key a stable key, e.g. {@code contract:<leaseId>}, {@code offer:<id>},
 * {@code action:<id>}
 * @param text the message key of its text
 * @param args the text's arguments
 * @param link the matching page of the shared workflow, or {@code null}
 * @param housingLink the housing company's page of the apartment, for its staff only, or
 * {@code null}
 * @param caseworker the responsible caseworker's username, for social services' staff
 * only, or {@code null}
 * @param overdue whether an action is past its due date
 */
public record AgendaItem(Section section, String key, String text, List<String> args, String link, String housingLink,
		String caseworker, boolean overdue) {

	public AgendaItem {
		args = List.copyOf(args);
	}

	/**
	 * @param social whether the viewer is social services' staff
	 * @param housing whether the viewer is the housing company's staff
	 * @return this item as the viewer may see it
	 */
	AgendaItem seenBy(boolean social, boolean housing) {
		return new AgendaItem(this.section, this.key, this.text, this.args, this.link,
				housing ? this.housingLink : null, social ? this.caseworker : null, this.overdue);
	}

}
