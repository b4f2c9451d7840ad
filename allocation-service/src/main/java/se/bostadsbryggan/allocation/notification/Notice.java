package se.bostadsbryggan.allocation.notification;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * An in-app notice as its reader sees it. The text is a message key with its arguments,
 * so each reader gets it in their language.
 *
 * @param id the notice
 * @param kind what happened, e.g. {@code OFFER_OPENED}
 * @param textKey the message key of the text
 * @param textArgs the text's arguments (object numbers, dates as {@code 2026-12-10})
 * @param link the page it links to, or {@code null}
 * @param createdAt when it was made
 * @param read whether the reader has marked it read
 */
public record Notice(UUID id, String kind, String textKey, List<String> textArgs, String link, Instant createdAt,
		boolean read) {

	public Notice {
		textArgs = List.copyOf(textArgs);
	}

}
