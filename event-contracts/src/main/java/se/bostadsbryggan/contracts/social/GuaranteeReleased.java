package se.bostadsbryggan.contracts.social;

import java.time.LocalDate;

/**
 * Social services released their guarantee (borgen) of a tenant's lease: the tenant keeps
 * the lease on their own. The housing company records the release on the lease.
 *
 * @param objectNumber the apartment's object number (the Kafka key)
 * @param releasedOn the first day without the guarantee
 */
public record GuaranteeReleased(String objectNumber, LocalDate releasedOn) {

}
