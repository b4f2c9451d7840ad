package se.bostadsbryggan.allocation.offer;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Offers and placements in the API: the housing company offers an apartment for a
 * request, the request's caseworker answers; bad input and refusals are RFC 9457 problem
 * details.
 */
@RestController
class OfferApiController {

	private final OfferService offers;

	OfferApiController(OfferService offers) {
		this.offers = offers;
	}

	@PostMapping("/api/allocation/apartments/{apartmentId}/offers")
	ResponseEntity<OfferResponse> offer(@PathVariable UUID apartmentId, @Valid @RequestBody NewOffer body) {
		Offer offer = this.offers.offer(apartmentId, body.requestReference());
		return ResponseEntity.created(URI.create("/api/allocation/offers/" + offer.id()))
			.body(OfferResponse.of(offer, this.offers.snapshotOf(offer)));
	}

	@GetMapping("/api/allocation/offers")
	List<OfferResponse> list() {
		return this.offers.list().stream().map((offer) -> OfferResponse.of(offer, null)).toList();
	}

	@GetMapping("/api/allocation/offers/{id}")
	OfferResponse get(@PathVariable UUID id) {
		Offer offer = this.offers.get(id);
		return OfferResponse.of(offer, this.offers.snapshotOf(offer));
	}

	@PostMapping("/api/allocation/offers/{id}/answer")
	OfferResponse answer(@PathVariable UUID id, @Valid @RequestBody OfferAnswer answer) {
		return OfferResponse.of(this.offers.answer(id, answer), null);
	}

	@GetMapping("/api/allocation/placements")
	List<Placement> placements() {
		return this.offers.placements();
	}

	/**
	 * @param requestReference the waiting request to offer the apartment
	 */
	record NewOffer(@NotNull(message = "{offer.request.required}") UUID requestReference) {
	}

	/**
	 * An offer in the API.
	 *
	 * @param id the offer
	 * @param requestReference the request
	 * @param apartmentId the apartment
	 * @param objectNumber its object number
	 * @param status the offer's status
	 * @param blockedRule why it is blocked, if it is
	 * @param offeredOn the day it was made
	 * @param answerBy the last day to answer
	 * @param declineReason the coded reason of a decline
	 * @param snapshot the candidates and rules at the moment of the offer (single offer
	 * only)
	 */
	record OfferResponse(UUID id, UUID requestReference, UUID apartmentId, String objectNumber, String status,
			String blockedRule, java.time.LocalDate offeredOn, java.time.LocalDate answerBy,
			DeclineReason declineReason, Snapshot snapshot) {

		static OfferResponse of(Offer offer, Snapshot snapshot) {
			return new OfferResponse(offer.id(), offer.requestReference(), offer.apartmentId(), offer.objectNumber(),
					offer.status(), offer.blockedRule(), offer.offeredOn(), offer.answerBy(), offer.declineReason(),
					snapshot);
		}

	}

}
