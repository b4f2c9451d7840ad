package se.bostadsbryggan.social.client;

import java.time.Instant;
import java.util.UUID;

/**
 * A client as the JSON API shows them; the number as {@code YYYYMMDD-XXXX}.
 */
record ClientResponse(UUID id, String personalIdentityNumber, String name, Responsible caseworker,
		Instant registeredAt) {

	static ClientResponse of(ClientView client) {
		return new ClientResponse(client.id(), client.formattedPersonalIdentityNumber(), client.name(),
				new Responsible(client.caseworkerId(), client.caseworkerUsername(), client.caseworkerName(),
						client.unit()),
				client.registeredAt());
	}

	/** The responsible caseworker. */
	record Responsible(UUID id, String username, String name, String unit) {

	}

}
