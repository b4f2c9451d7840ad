package se.bostadsbryggan.social.owncontract;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import se.bostadsbryggan.contracts.allocation.AllocationEvents;
import se.bostadsbryggan.contracts.allocation.TransferabilityChanged;
import se.bostadsbryggan.contracts.housing.HousingEvents;
import se.bostadsbryggan.contracts.housing.TakeoverCompleted;
import se.bostadsbryggan.contracts.housing.TakeoverRefused;
import se.bostadsbryggan.messaging.EventConsumer;
import se.bostadsbryggan.messaging.InvalidEventException;
import se.bostadsbryggan.messaging.ReceivedEvent;

/**
 * Learns when a client's contract becomes transferable (the shared workflow) and how the
 * housing company answered a takeover. The messaging module drops redelivered events,
 * retries transient failures and dead-letters what can never be processed.
 */
@Configuration(proxyBeanMethods = false)
class OwnContractConsumers {

	/** The consumer of the shared workflow's judgments. */
	static final String TRANSFERABILITY = "social.transferability";

	/** The consumer of the housing company's answers to takeovers. */
	static final String TAKEOVERS = "social.takeovers";

	@Bean
	EventConsumer transferabilityConsumer(OwnContractService ownContracts) {
		return EventConsumer.named(TRANSFERABILITY).on(AllocationEvents.TRANSFERABILITY_CHANGED, (event) -> {
			TransferabilityChanged changed = event.payload();
			if (changed.leaseId() == null || changed.objectNumber() == null || changed.changedOn() == null
					|| !(OwnContract.SOCIAL.equals(changed.leaseType())
							|| OwnContract.GUARANTEED.equals(changed.leaseType()))) {
				throw invalid(event);
			}
			ownContracts.transferabilityChanged(changed);
		}).build();
	}

	@Bean
	EventConsumer takeoverConsumer(OwnContractService ownContracts) {
		return EventConsumer.named(TAKEOVERS).on(HousingEvents.TAKEOVER_COMPLETED, (event) -> {
			TakeoverCompleted completed = event.payload();
			if (completed.socialLeaseId() == null || completed.objectNumber() == null
					|| completed.takeoverDate() == null) {
				throw invalid(event);
			}
			ownContracts.takeoverCompleted(completed);
		}).on(HousingEvents.TAKEOVER_REFUSED, (event) -> {
			TakeoverRefused refused = event.payload();
			if (refused.socialLeaseId() == null || refused.reason() == null || refused.refusedOn() == null) {
				throw invalid(event);
			}
			ownContracts.takeoverRefused(refused);
		}).build();
	}

	/** Breaks its contract: straight to the dead-letter topic, no retries. */
	private static InvalidEventException invalid(ReceivedEvent<?> event) {
		return new InvalidEventException(
				event.eventType() + " " + event.eventId() + " lacks a field its contract requires", null);
	}

}
