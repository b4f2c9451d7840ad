package se.bostadsbryggan.social.guarantee;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of guarantees ({@code bb.social.guarantees}).
 *
 * @param reminderDays a guarantee is due for review when its review date has passed or is
 * at most this many days away (default 30)
 * @param landlord the landlord a new guarantee names unless another is given: the
 * municipal housing company (default {@code Bostadsbolaget})
 */
@ConfigurationProperties("bb.social.guarantees")
public record GuaranteeProperties(@DefaultValue("30") int reminderDays,
		@DefaultValue("Bostadsbolaget") String landlord) {

	public GuaranteeProperties {
		if (reminderDays < 0) {
			throw new IllegalStateException("bb.social.guarantees.reminder-days must not be negative");
		}
		if (landlord == null || landlord.isBlank()) {
			throw new IllegalStateException("bb.social.guarantees.landlord is not set");
		}
	}

}
