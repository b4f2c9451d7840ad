package se.bostadsbryggan.social.client;

import java.util.UUID;

/**
 * Whose clients a caller may see, applied in every query: a caseworker their own, a
 * manager those of their unit's caseworkers. A manager without a unit sees none.
 *
 * @param caseworkerId the caller as caseworker, or {@code null}
 * @param unit the manager's unit, or {@code null}
 */
record ClientScope(UUID caseworkerId, String unit) {

	static ClientScope ownClients(UUID caseworkerId) {
		return new ClientScope(caseworkerId, null);
	}

	static ClientScope unit(String unit) {
		return new ClientScope(null, unit);
	}

}
