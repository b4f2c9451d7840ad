package se.bostadsbryggan.allocation.offer;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;

/**
 * A caseworker's answer to an offer: accept, or decline with a coded reason. No free
 * text: the caseworker's own words stay with the client's case on the social side.
 *
 * @param accept {@code true} to accept, {@code false} to decline
 * @param reason the reason of a decline; none for an accept
 */
public record OfferAnswer(@NotNull(message = "{offer.answer.required}") Boolean accept, DeclineReason reason) {

	/**
	 * @return whether the offer is accepted
	 */
	public boolean accepted() {
		return Boolean.TRUE.equals(this.accept);
	}

	/**
	 * @return whether a decline has its reason (an accept needs none)
	 */
	@AssertTrue(message = "{offer.reason.required}")
	public boolean isReasonGiven() {
		return this.accept == null || this.accept || this.reason != null;
	}

}
