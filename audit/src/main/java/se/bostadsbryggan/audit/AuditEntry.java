package se.bostadsbryggan.audit;

import java.time.Instant;

/**
 * One row of the audit log, as the manager's view shows it.
 *
 * @param id the row's id, increasing
 * @param occurredAt when
 * @param actorId the user id, or {@code null} without a user
 * @param actorUsername the login name
 * @param actorOrganisation the organisation
 * @param action what was done, e.g. {@code CLIENT_VIEW}
 * @param subjectType the kind of data, e.g. {@code CLIENT}
 * @param subjectId the data's id, or {@code null} for a list
 * @param purpose why: a case or client reference, or a short purpose code
 * @param outcome how it ended
 * @param correlationId the request's correlation id
 * @param protectedIdentity whether a client with protected identity was concerned
 * @param details further facts as JSON text, e.g. {@code {"rows": 4}}
 */
public record AuditEntry(long id, Instant occurredAt, String actorId, String actorUsername, String actorOrganisation,
		String action, String subjectType, String subjectId, String purpose, Outcome outcome, String correlationId,
		boolean protectedIdentity, String details) {

}
