package se.bostadsbryggan.allocation.offer;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The settings of offers ({@code bb.allocation.*}).
 *
 * @param conflictCheck the conflict check's settings
 * @param offers the offers' scheduled work
 */
@ConfigurationProperties("bb.allocation")
public record OfferProperties(@DefaultValue ConflictCheck conflictCheck, @DefaultValue Offers offers) {

	/**
	 * @return how long an offer waits for the conflict check's answer
	 */
	public Duration checkTimeout() {
		return this.conflictCheck.timeout();
	}

	/**
	 * @param timeout how long an offer waits for the housing company's answer to its
	 * conflict check before it is blocked as timed out
	 */
	public record ConflictCheck(@DefaultValue("2m") Duration timeout) {
	}

	/**
	 * @param jobInterval the delay between two runs of the job that blocks the offers
	 * whose check timed out and lapses those past their deadline
	 */
	public record Offers(@DefaultValue("30s") Duration jobInterval) {
	}

}
