package se.bostadsbryggan.audit;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * The manager's filters of the audit log; every filter is optional. Dates are Swedish
 * calendar days, both inclusive.
 *
 * @param from first day, or {@code null}
 * @param to last day, or {@code null}
 * @param username the actor's login name (any case), or {@code null}
 * @param action the action, or {@code null}
 * @param subjectType the subject type, or {@code null}
 * @param subjectId the subject id, or {@code null}
 * @param outcome the outcome, or {@code null}
 * @param page the page, from 0
 */
public record AuditQuery(LocalDate from, LocalDate to, String username, String action, String subjectType,
		String subjectId, Outcome outcome, Integer page) {

	/** Rows per page. */
	public static final int PAGE_SIZE = 50;

	/** The last page one may ask for: older rows are reached by narrowing the period. */
	public static final int MAX_PAGE = 100;

	public AuditQuery {
		username = trimmed(username);
		action = trimmed(action);
		subjectType = trimmed(subjectType);
		subjectId = trimmed(subjectId);
		page = (page == null || page < 0) ? 0 : Math.min(page, MAX_PAGE);
	}

	/**
	 * @return no filter, the newest page
	 */
	public static AuditQuery all() {
		return new AuditQuery(null, null, null, null, null, null, null, 0);
	}

	/**
	 * The filters as a page or API receives them, all text. A value that cannot be read
	 * (a date that is no date, an unknown outcome) is no filter.
	 * @param from first day, {@code YYYY-MM-DD}
	 * @param to last day, {@code YYYY-MM-DD}
	 * @param username the actor's login name
	 * @param action the action
	 * @param subjectType the subject type
	 * @param subjectId the subject id
	 * @param outcome an {@link Outcome}'s name
	 * @param page the page, from 0
	 * @return the query
	 */
	public static AuditQuery parse(String from, String to, String username, String action, String subjectType,
			String subjectId, String outcome, String page) {
		return new AuditQuery(date(from), date(to), username, action, subjectType, subjectId, outcome(outcome),
				number(page));
	}

	private static LocalDate date(String text) {
		try {
			return (text == null || text.isBlank()) ? null : LocalDate.parse(text.strip());
		}
		catch (DateTimeParseException ex) {
			return null;
		}
	}

	private static Outcome outcome(String text) {
		for (Outcome outcome : Outcome.values()) {
			if (outcome.name().equalsIgnoreCase((text != null) ? text.strip() : "")) {
				return outcome;
			}
		}
		return null;
	}

	private static Integer number(String text) {
		try {
			return (text == null || text.isBlank()) ? null : Integer.valueOf(text.strip());
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

	private static String trimmed(String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

}
