package se.bostadsbryggan.contracts.housing;

import java.time.LocalDate;
import java.util.UUID;

/**
 * The housing company reported an apartment vacant for re-letting.
 *
 * @param apartmentId the apartment's id (the Kafka key)
 * @param objectNumber the housing company's unique object number
 * @param availableFrom the first day the apartment can be let
 */
public record ApartmentVacated(UUID apartmentId, String objectNumber, LocalDate availableFrom) {
}
