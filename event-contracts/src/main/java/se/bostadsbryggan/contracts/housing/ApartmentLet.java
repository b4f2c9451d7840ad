package se.bostadsbryggan.contracts.housing;

import java.time.LocalDate;
import java.util.UUID;

/**
 * An apartment that was vacant (or newly registered) has been let again: it is no longer
 * available for re-letting.
 *
 * @param apartmentId the apartment's id (the Kafka key)
 * @param objectNumber the housing company's unique object number
 * @param stairwell the stairwell's code
 * @param letFrom the first day of the lease that lets it
 */
public record ApartmentLet(UUID apartmentId, String objectNumber, String stairwell, LocalDate letFrom) {
}
