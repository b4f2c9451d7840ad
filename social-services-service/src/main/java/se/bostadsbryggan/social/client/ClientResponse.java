package se.bostadsbryggan.social.client;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A client as the JSON API shows them; the number as {@code YYYYMMDD-XXXX}. For a client
 * with protected identity and a caller not responsible for them, number, name, contact
 * details and address are {@code null} and {@code hidden} is {@code true}.
 */
record ClientResponse(UUID id, String personalIdentityNumber, String name, Responsible caseworker, Instant registeredAt,
		boolean protectedIdentity, boolean hidden, String phone, String email, String address, LocalDate caseClosedOn) {

	static ClientResponse of(ClientView client) {
		return new ClientResponse(client.id(), client.formattedPersonalIdentityNumber(), client.name(),
				new Responsible(client.caseworkerId(), client.caseworkerUsername(), client.caseworkerName(),
						client.unit()),
				client.registeredAt(), client.protectedIdentity(), client.hidden(), client.phone(), client.email(),
				client.address(), client.caseClosedOn());
	}

	/** The responsible caseworker. */
	record Responsible(UUID id, String username, String name, String unit) {

	}

}
