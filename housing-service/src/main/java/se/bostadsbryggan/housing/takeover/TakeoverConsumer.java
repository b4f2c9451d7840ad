package se.bostadsbryggan.housing.takeover;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import se.bostadsbryggan.contracts.allocation.AllocationEvents;
import se.bostadsbryggan.contracts.allocation.TransferabilityChanged;
import se.bostadsbryggan.contracts.social.GuaranteeReleased;
import se.bostadsbryggan.contracts.social.LastingSolutionChanged;
import se.bostadsbryggan.contracts.social.SocialEvents;
import se.bostadsbryggan.contracts.social.TakeoverApproved;
import se.bostadsbryggan.messaging.EventConsumer;
import se.bostadsbryggan.messaging.InvalidEventException;

/**
 * Own contracts from the other side: transferability from the shared workflow, and social
 * services' approvals of takeovers and released guarantees. The messaging module drops
 * redelivered events, retries transient failures and dead-letters what can never be
 * processed; an approval whose tenant cannot be read is refused (and published as such),
 * never dead-lettered.
 */
@Configuration(proxyBeanMethods = false)
class TakeoverConsumer {

	/** The consumer's name: its Kafka consumer group and its key in the inbox. */
	static final String NAME = "housing.takeovers";

	private static final Logger log = LoggerFactory.getLogger(TakeoverConsumer.class);

	@Bean
	EventConsumer takeoverEventConsumer(TakeoverService takeovers) {
		return EventConsumer.named(NAME).on(AllocationEvents.TRANSFERABILITY_CHANGED, (event) -> {
			TransferabilityChanged changed = event.payload();
			if (changed.leaseId() == null || changed.changedOn() == null) {
				throw invalid(event.eventType(), event.eventId(), "lacks a field its contract requires");
			}
			if (!takeovers.transferabilityChanged(changed)) {
				throw invalid(event.eventType(), event.eventId(),
						"names lease " + changed.leaseId() + ", no social contract or guaranteed lease here");
			}
		}).on(SocialEvents.TAKEOVER_APPROVED, (event) -> {
			TakeoverApproved approved = event.payload();
			if (approved.leaseId() == null || approved.objectNumber() == null || approved.approvedOn() == null) {
				throw invalid(event.eventType(), event.eventId(), "lacks a field its contract requires");
			}
			takeovers.socialServicesApproved(approved);
		}).on(SocialEvents.GUARANTEE_RELEASED, (event) -> {
			GuaranteeReleased released = event.payload();
			if (released.objectNumber() == null || released.releasedOn() == null) {
				throw invalid(event.eventType(), event.eventId(), "lacks a field its contract requires");
			}
			if (!takeovers.guaranteeReleased(released)) {
				throw invalid(event.eventType(), event.eventId(),
						"names apartment " + released.objectNumber() + " without a running guaranteed lease");
			}
		}).on(SocialEvents.LASTING_SOLUTION_CHANGED, (event) -> {
			// Social services' own matter: the shared workflow stops judging the
			// contract.
			LastingSolutionChanged changed = event.payload();
			log.info("{} {} of {}: nothing to do here", event.eventType(), event.eventId(), changed.objectNumber());
		}).build();
	}

	private static InvalidEventException invalid(String type, Object eventId, String why) {
		log.warn("{} {} {}: dead-lettered", type, eventId, why);
		return new InvalidEventException(type + " " + eventId + " " + why, null);
	}

}
