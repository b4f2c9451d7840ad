package se.bostadsbryggan.allocation.takeover;

import java.util.Set;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import se.bostadsbryggan.contracts.EventDefinition;
import se.bostadsbryggan.contracts.housing.DisturbanceConcluded;
import se.bostadsbryggan.contracts.housing.HousingEvents;
import se.bostadsbryggan.contracts.housing.LeaseEnded;
import se.bostadsbryggan.contracts.housing.LeaseStarted;
import se.bostadsbryggan.contracts.housing.RentOverdue;
import se.bostadsbryggan.contracts.housing.RentPaymentRecorded;
import se.bostadsbryggan.contracts.housing.TakeoverCompleted;
import se.bostadsbryggan.contracts.housing.TakeoverRefused;
import se.bostadsbryggan.contracts.social.GuaranteeReleased;
import se.bostadsbryggan.contracts.social.LastingSolutionChanged;
import se.bostadsbryggan.contracts.social.ReadinessAssessed;
import se.bostadsbryggan.contracts.social.SocialEvents;
import se.bostadsbryggan.messaging.EventConsumer;
import se.bostadsbryggan.messaging.InvalidEventException;
import se.bostadsbryggan.messaging.ReceivedEvent;

/**
 * Everything that concerns a contract's takeover: its lease, rent, disturbances,
 * readiness assessments, lasting solution, guarantee release and the takeover saga
 * (social services' approval, the housing company's completion or refusal). One consumer,
 * idempotent through the messaging module's inbox; each event re-evaluates the contract
 * it concerns in the inbox's transaction. First-hand leases are ignored.
 */
@Configuration(proxyBeanMethods = false)
class TakeoverConsumer {

	/** The consumer's name: its Kafka consumer group and its key in the inbox. */
	static final String NAME = "allocation.takeover-contracts";

	private static final Set<String> TYPES = Set.of("SOCIAL", "GUARANTEED");

	private static final Set<String> OUTCOMES = Set.of("VERIFIED", "DISMISSED");

	/**
	 * Social services' {@code TakeoverApproved}, read into a record of its own without
	 * the sealed new tenant.
	 */
	static final EventDefinition<TakeoverApproval> TAKEOVER_APPROVED = new EventDefinition<>(
			SocialEvents.TAKEOVER_APPROVED.topic(), SocialEvents.TAKEOVER_APPROVED.type(),
			SocialEvents.TAKEOVER_APPROVED.version(), TakeoverApproval.class);

	@Bean
	EventConsumer takeoverEventConsumer(TakeoverService takeover) {
		return EventConsumer.named(NAME).on(HousingEvents.LEASE_STARTED, (event) -> {
			LeaseStarted lease = event.payload();
			check(event, lease.leaseId() != null && lease.leaseType() != null);
			if (TYPES.contains(lease.leaseType())) {
				check(event, lease.apartmentId() != null && lease.objectNumber() != null && lease.startDate() != null);
				takeover.leaseStarted(lease.leaseId(), lease.apartmentId(), lease.objectNumber(), lease.leaseType(),
						lease.startDate(), lease.endDate(), lease.placementId());
			}
		}).on(HousingEvents.LEASE_ENDED, (event) -> {
			LeaseEnded lease = event.payload();
			check(event, lease.leaseId() != null && lease.leaseType() != null);
			if (TYPES.contains(lease.leaseType())) {
				check(event, lease.apartmentId() != null && lease.objectNumber() != null && lease.startDate() != null
						&& lease.endDate() != null);
				takeover.leaseEnded(lease.leaseId(), lease.apartmentId(), lease.objectNumber(), lease.leaseType(),
						lease.startDate(), lease.endDate());
			}
		}).on(HousingEvents.TAKEOVER_COMPLETED, (event) -> {
			TakeoverCompleted completed = event.payload();
			check(event, completed.socialLeaseId() != null && completed.takeoverDate() != null);
			takeover.takenOver(completed.socialLeaseId(), completed.takeoverDate());
		}).on(HousingEvents.TAKEOVER_REFUSED, (event) -> {
			TakeoverRefused refused = event.payload();
			check(event, refused.socialLeaseId() != null && refused.reason() != null && refused.refusedOn() != null);
			takeover.takeoverRefused(refused.socialLeaseId(), refused.reason().name(), refused.refusedOn());
		}).on(TAKEOVER_APPROVED, (event) -> {
			TakeoverApproval approval = event.payload();
			check(event, approval.leaseId() != null && approval.approvedOn() != null);
			takeover.takeoverApproved(approval.leaseId(), approval.approvedOn());
		}).on(HousingEvents.RENT_PAYMENT_RECORDED, (event) -> {
			RentPaymentRecorded paid = event.payload();
			check(event, paid.leaseId() != null && paid.month() != null && paid.dueDate() != null
					&& paid.paidDate() != null);
			takeover.rentPaid(paid.leaseId(), paid.month(), paid.dueDate(), paid.paidDate());
		}).on(HousingEvents.RENT_OVERDUE, (event) -> {
			RentOverdue overdue = event.payload();
			check(event, overdue.leaseId() != null && overdue.month() != null && overdue.dueDate() != null);
			takeover.rentOverdue(overdue.leaseId(), overdue.month(), overdue.dueDate());
		}).on(HousingEvents.DISTURBANCE_CONCLUDED, (event) -> {
			DisturbanceConcluded concluded = event.payload();
			check(event, concluded.disturbanceId() != null && concluded.leaseId() != null
					&& concluded.occurredOn() != null && OUTCOMES.contains(concluded.outcome()));
			takeover.disturbanceConcluded(concluded.disturbanceId(), concluded.leaseId(), concluded.occurredOn(),
					concluded.outcome());
		}).on(SocialEvents.READINESS_ASSESSED, (event) -> {
			ReadinessAssessed assessed = event.payload();
			check(event, assessed.outcome() != null && assessed.assessedOn() != null
					&& (assessed.requestReference() != null || assessed.objectNumber() != null));
			takeover.readinessAssessed(event.eventId(), assessed.requestReference(), assessed.objectNumber(),
					assessed.outcome() == ReadinessAssessed.Outcome.READY, assessed.assessedOn(),
					assessed.caseworker());
		}).on(SocialEvents.LASTING_SOLUTION_CHANGED, (event) -> {
			LastingSolutionChanged changed = event.payload();
			check(event, changed.objectNumber() != null && TYPES.contains(changed.leaseType()));
			takeover.lastingSolutionChanged(changed.objectNumber(), changed.leaseType(), changed.lasting(),
					changed.reviewOn());
		}).on(SocialEvents.GUARANTEE_RELEASED, (event) -> {
			GuaranteeReleased released = event.payload();
			check(event, released.objectNumber() != null && released.releasedOn() != null);
			takeover.guaranteeReleased(released.objectNumber(), released.releasedOn());
		}).build();
	}

	// A payload that breaks its contract can never be processed: InvalidEventException
	// sends it straight to the dead-letter topic instead of retrying it.
	private static void check(ReceivedEvent<?> event, boolean valid) {
		if (!valid) {
			throw new InvalidEventException(
					event.eventType() + " " + event.eventId() + " lacks a field its contract requires", null);
		}
	}

}
