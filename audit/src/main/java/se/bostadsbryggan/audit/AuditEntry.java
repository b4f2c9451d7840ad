package se.bostadsbryggan.audit;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

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

	private static final JsonMapper JSON = JsonMapper.builder().build();

	/**
	 * The details as the page shows them: one item per fact, a list (such as the
	 * {@link AuditEvent#SUBJECTS subjects} a list view showed) as its size.
	 * @return the facts, in the order they were recorded
	 */
	public List<Detail> detailItems() {
		JsonNode node = JSON.readTree((this.details != null) ? this.details : "{}");
		List<Detail> items = new ArrayList<>();
		for (Map.Entry<String, JsonNode> property : node.properties()) {
			JsonNode value = property.getValue();
			items.add(value.isArray() ? new Detail(property.getKey(), null, value.size())
					: new Detail(property.getKey(), value.isValueNode() ? value.asString() : value.toString(), null));
		}
		return items;
	}

	/**
	 * A fact of an entry's details.
	 *
	 * @param key the fact, e.g. {@code rows}
	 * @param value its value, or {@code null} for a list
	 * @param count a list's size, or {@code null}
	 */
	public record Detail(String key, String value, Integer count) {
	}

}
