package se.bostadsbryggan.social.workplan;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A goal of a client's work plan, agreed with the client.
 *
 * @param id the goal's id
 * @param clientId the client
 * @param description what the client works toward
 * @param agreedOn the day it was agreed
 * @param status where it stands
 * @param statusOn the day it got that status (the day agreed while active)
 * @param recordedAt when it was recorded here
 * @param recordedBy who recorded it (login name)
 */
public record Goal(UUID id, UUID clientId, String description, LocalDate agreedOn, Status status, LocalDate statusOn,
		Instant recordedAt, String recordedBy) {

	/** Where a goal stands. */
	public enum Status {

		ACTIVE, ACHIEVED, DROPPED

	}

}
