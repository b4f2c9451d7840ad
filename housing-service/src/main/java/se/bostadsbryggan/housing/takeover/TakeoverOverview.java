package se.bostadsbryggan.housing.takeover;

import java.util.List;

/**
 * The housing manager's overview of own contracts.
 *
 * @param transferable running contracts transferable now
 * @param waiting takeovers waiting for an approval
 * @param concluded takeovers completed or refused, the latest first
 */
public record TakeoverOverview(List<TakeoverListing> transferable, List<TakeoverListing> waiting,
		List<TakeoverListing> concluded) {
}
