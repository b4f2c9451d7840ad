package se.bostadsbryggan.contracts.social;

import java.util.UUID;

/**
 * Social services registered a household's need for housing. Pseudonymous: the reference
 * is random and cannot be traced to the client outside social services.
 *
 * @param needReference opaque random reference (the Kafka key)
 * @param householdSize number of people in the household
 * @param roomsNeeded number of rooms the household needs
 */
public record HousingNeedRegistered(UUID needReference, int householdSize, int roomsNeeded) {
}
