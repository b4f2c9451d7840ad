package se.bostadsbryggan.contracts.allocation;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A caseworker accepted an offer for a housing request: the housing company is to sign a
 * social contract for the apartment with the municipality as tenant, from the start day.
 * Pseudonymous: the request's opaque reference, never who the client is.
 *
 * @param placementId the placement's id, repeated in the housing company's
 * {@code LeaseStarted} of the social contract
 * @param apartmentId the apartment (the Kafka key, so one apartment's events keep their
 * order)
 * @param objectNumber the apartment's object number
 * @param requestReference the opaque reference of the housing request
 * @param startDate the first day of the social contract
 */
public record PlacementAgreed(UUID placementId, UUID apartmentId, String objectNumber, UUID requestReference,
		LocalDate startDate) {

}
