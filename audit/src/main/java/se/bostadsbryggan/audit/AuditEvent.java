package se.bostadsbryggan.audit;

import java.util.Map;
import java.util.Objects;

/**
 * What to record:
 * {@code AuditEvent.of("CLIENT_VIEW", "CLIENT", id).purpose("client-page")}. The actor,
 * time and correlation id are added by {@link AuditLog}.
 *
 * @param action what was done, e.g. {@code CLIENT_VIEW}
 * @param subjectType the kind of data, e.g. {@code CLIENT}
 * @param subjectId the data's id, or {@code null} for a list or search
 * @param purpose why, or {@code null}
 * @param protectedIdentity whether a client with protected identity is concerned
 * @param details further facts, written as a JSON object
 */
public record AuditEvent(String action, String subjectType, String subjectId, String purpose, boolean protectedIdentity,
		Map<String, Object> details) {

	/**
	 * The key in {@link #details} of the ids of every subject a list, search or export
	 * showed; filtering the log by a subject id finds these entries too.
	 */
	public static final String SUBJECTS = "subjects";

	public AuditEvent {
		Objects.requireNonNull(action, "action");
		Objects.requireNonNull(subjectType, "subjectType");
		details = Map.copyOf(details);
	}

	/**
	 * @param action what was done
	 * @param subjectType the kind of data
	 * @param subjectId its id, or {@code null}
	 * @return the event, without purpose or details
	 */
	public static AuditEvent of(String action, String subjectType, Object subjectId) {
		return new AuditEvent(action, subjectType, (subjectId != null) ? subjectId.toString() : null, null, false,
				Map.of());
	}

	/**
	 * @param purpose why the data was used
	 * @return a copy with the purpose
	 */
	public AuditEvent purpose(String purpose) {
		return new AuditEvent(this.action, this.subjectType, this.subjectId, purpose, this.protectedIdentity,
				this.details);
	}

	/**
	 * @param details further facts, e.g. {@code Map.of("rows", 4)}
	 * @return a copy with the details
	 */
	public AuditEvent details(Map<String, Object> details) {
		return new AuditEvent(this.action, this.subjectType, this.subjectId, this.purpose, this.protectedIdentity,
				details);
	}

	/**
	 * @return a copy marked as concerning a client with protected identity
	 */
	public AuditEvent concerningProtectedIdentity() {
		return new AuditEvent(this.action, this.subjectType, this.subjectId, this.purpose, true, this.details);
	}

}
