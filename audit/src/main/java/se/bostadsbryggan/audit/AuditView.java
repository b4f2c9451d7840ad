package se.bostadsbryggan.audit;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The manager's audit log page, shared by the services: a service's controller reads the
 * filters, puts {@link #model} into its model and returns {@link #TEMPLATE}, which
 * renders inside the service's own {@code layout}.
 */
public final class AuditView {

	/** The shared template. */
	public static final String TEMPLATE = "bb/audit-log";

	private AuditView() {
	}

	/**
	 * Runs the query (which is itself audited) and gathers what the page shows.
	 * @param audit the service's audit log
	 * @param query the filters
	 * @param path the page's own path, e.g. {@code /social/audit}
	 * @return the model
	 */
	public static Map<String, Object> model(AuditLog audit, AuditQuery query, String path) {
		Map<String, Object> model = new LinkedHashMap<>();
		model.put("page", audit.search(query));
		model.put("query", query);
		model.put("actions", audit.actions());
		model.put("subjectTypes", audit.subjectTypes());
		model.put("outcomes", List.of(Outcome.values()));
		model.put("auditPath", path);
		return model;
	}

}
