package se.bostadsbryggan.allocation.takeover;

import java.time.LocalDate;
import java.util.UUID;

/**
 * Social services' {@code TakeoverApproved} as the shared workflow reads it: without the
 * new tenant, whose identity is sealed for the housing company and never read here (the
 * field is not even deserialised).
 *
 * @param leaseId the social contract's lease
 * @param objectNumber the apartment's object number
 * @param approvedOn the day of the caseworker's approval
 */
record TakeoverApproval(UUID leaseId, String objectNumber, LocalDate approvedOn) {

}
