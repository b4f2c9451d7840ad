package se.bostadsbryggan.audit;

/**
 * The audit log's filters as a manager's page or API receives them: request parameters,
 * as typed. A controller takes it as one argument and asks for the {@link #query()}.
 *
 * @param from the first day, {@code ÅÅÅÅ-MM-DD}
 * @param to the last day
 * @param username the user's login name
 * @param action the action
 * @param subjectType the kind of data
 * @param subjectId the data's id
 * @param outcome the outcome
 * @param page the page, from 0
 */
public record AuditFilter(String from, String to, String username, String action, String subjectType, String subjectId,
		String outcome, String page) {

	/**
	 * @return the query these filters ask for
	 */
	public AuditQuery query() {
		return AuditQuery.parse(this.from, this.to, this.username, this.action, this.subjectType, this.subjectId,
				this.outcome, this.page);
	}

}
