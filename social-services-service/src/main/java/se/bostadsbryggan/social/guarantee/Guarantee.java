package se.bostadsbryggan.social.guarantee;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A guarantee (borgen): the client holds their own first-hand lease and the municipality
 * guarantees the rent, up to an amount, for a number of months, or both.
 *
 * @param id the guarantee's id
 * @param clientId the client, the tenant
 * @param objectNumber the housing company's object number of the apartment, or
 * {@code null} if hidden (protected identity)
 * @param landlord the landlord
 * @param limitAmount the most the municipality answers for, in SEK, or {@code null}
 * @param limitMonths the most months of rent it answers for, or {@code null}
 * @param startDate first day
 * @param reviewDate when it is to be reviewed next
 * @param status active, released or ended
 * @param closedOn the last day of a released or ended guarantee
 * @param closeReason why it was released or ended
 * @param closeNote a note on that, or {@code null}
 * @param recordedAt when it was recorded here
 * @param recordedBy who recorded it (login name)
 * @param reviews its reviews, the latest first
 */
public record Guarantee(UUID id, UUID clientId, String objectNumber, String landlord, BigDecimal limitAmount,
		Integer limitMonths, LocalDate startDate, LocalDate reviewDate, Status status, LocalDate closedOn,
		CloseReason closeReason, String closeNote, Instant recordedAt, String recordedBy,
		List<GuaranteeReview> reviews) {

	public Guarantee {
		reviews = (reviews != null) ? List.copyOf(reviews) : List.of();
	}

	/** Where a guarantee stands. */
	public enum Status {

		ACTIVE, RELEASED, ENDED

	}

	/** Why a guarantee was released or ended. */
	public enum CloseReason {

		/**
		 * Released: the tenant has paid and behaved well. Only with
		 * {@link Status#RELEASED}.
		 */
		GOOD_CONDUCT,
		/** The tenant moved out. */
		TENANT_MOVED,
		/** The lease ended. */
		LEASE_ENDED,
		/** Another reason, told in the note. */
		OTHER

	}

	/**
	 * @return whether it is active
	 */
	public boolean isActive() {
		return this.status == Status.ACTIVE;
	}

	/**
	 * @param today today
	 * @param reminderDays days ahead a review is due
	 * @return whether it is active and its review date has passed or is at most
	 * {@code reminderDays} away
	 */
	public boolean isDueForReview(LocalDate today, int reminderDays) {
		return isActive() && !this.reviewDate.isAfter(today.plusDays(reminderDays));
	}

	/**
	 * @param today today
	 * @return whether it is active and its review date has passed
	 */
	public boolean isOverdue(LocalDate today) {
		return isActive() && this.reviewDate.isBefore(today);
	}

	/**
	 * @return this guarantee without where the client lives: for a client with protected
	 * identity shown to someone not responsible for them
	 */
	Guarantee withoutAddress() {
		return new Guarantee(this.id, this.clientId, null, this.landlord, this.limitAmount, this.limitMonths,
				this.startDate, this.reviewDate, this.status, this.closedOn, this.closeReason, this.closeNote,
				this.recordedAt, this.recordedBy, this.reviews);
	}

	Guarantee withReviews(List<GuaranteeReview> reviews) {
		return new Guarantee(this.id, this.clientId, this.objectNumber, this.landlord, this.limitAmount,
				this.limitMonths, this.startDate, this.reviewDate, this.status, this.closedOn, this.closeReason,
				this.closeNote, this.recordedAt, this.recordedBy, reviews);
	}

}
