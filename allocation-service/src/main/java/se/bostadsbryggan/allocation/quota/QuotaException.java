package se.bostadsbryggan.allocation.quota;

import java.time.Instant;

/**
 * Extra slots a housing manager granted beyond the rule.
 *
 * @param extraSlots how many
 * @param reason the written reason
 * @param grantedBy the manager's username
 * @param grantedAt when
 */
public record QuotaException(int extraSlots, String reason, String grantedBy, Instant grantedAt) {
}
