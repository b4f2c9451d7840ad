package se.bostadsbryggan.social.workplan;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A follow-up of a client's work plan: planned for a day and later held, or held without
 * being planned. The notes stay in social services.
 *
 * @param id the follow-up's id
 * @param clientId the client
 * @param plannedOn the day planned, or {@code null} if held unplanned
 * @param plannedBy who planned it, or {@code null}
 * @param heldOn the day held, or {@code null} while still to come
 * @param notes the notes of the follow-up, or {@code null} while still to come
 * @param recordedBy who recorded it as held, or {@code null}
 * @param recordedAt when it was recorded as held, or {@code null}
 */
public record FollowUp(UUID id, UUID clientId, LocalDate plannedOn, String plannedBy, LocalDate heldOn, String notes,
		String recordedBy, Instant recordedAt) {

	/**
	 * @return whether it has been held
	 */
	public boolean held() {
		return this.heldOn != null;
	}

	/**
	 * @param today the day
	 * @return whether it was planned before that day and has not been held
	 */
	public boolean overdueOn(LocalDate today) {
		return !held() && this.plannedOn != null && this.plannedOn.isBefore(today);
	}

	@Override
	public String toString() {
		return "FollowUp[id=" + this.id + "]";
	}

}
