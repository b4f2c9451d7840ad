package se.bostadsbryggan.allocation.offer;

import java.util.UUID;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import se.bostadsbryggan.contracts.EventDefinition;
import se.bostadsbryggan.contracts.housing.ConflictCheckAnswered;
import se.bostadsbryggan.contracts.housing.HousingEvents;
import se.bostadsbryggan.contracts.housing.PlacementRefused;
import se.bostadsbryggan.contracts.social.SocialEvents;
import se.bostadsbryggan.contracts.social.SubtenantIdentityWithheld;
import se.bostadsbryggan.messaging.EventConsumer;
import se.bostadsbryggan.messaging.InvalidEventException;

/**
 * What offers learn from the housing company: the answers to conflict checks, and the
 * signed or refused social contracts of placements; and from social services, whether the
 * subtenant's identity was shared with the housing company. The messaging module's inbox
 * drops redelivered events; the offer's and the placement's status make a late answer or
 * refusal a no-op too.
 */
@Configuration(proxyBeanMethods = false)
class OfferConsumers {

	/** The consumer of conflict check answers: its Kafka group and inbox key. */
	static final String CONFLICT_CHECKS = "allocation.conflict-checks";

	/**
	 * The consumer of signed leases for placements, and of the placements the housing
	 * company refused (same topic and key, so in order).
	 */
	static final String SIGNED_PLACEMENTS = "allocation.placement-leases";

	/** The consumer of the subtenant identity's status of placements. */
	static final String IDENTITIES = "allocation.subtenant-identities";

	/**
	 * {@code SubtenantIdentityShared} read without its sealed identity: allocation keeps
	 * only that it was shared, so the identity is not even deserialised here.
	 */
	static final EventDefinition<IdentityShared> IDENTITY_SHARED = new EventDefinition<>(
			SocialEvents.SUBTENANT_IDENTITY_TOPIC, SocialEvents.SUBTENANT_IDENTITY_SHARED.type(),
			SocialEvents.SUBTENANT_IDENTITY_SHARED.version(), IdentityShared.class);

	/**
	 * {@code LeaseStarted} read for the placement it carries: the housing company adds
	 * the optional {@code placementId} to the leases it signs on {@code PlacementAgreed}.
	 * Read with a record of its own so this consumer does not depend on the contract
	 * record having the field; unknown fields are ignored.
	 */
	static final EventDefinition<SignedLease> LEASE_STARTED = new EventDefinition<>(HousingEvents.LEASE_TOPIC,
			HousingEvents.LEASE_STARTED.type(), HousingEvents.LEASE_STARTED.version(), SignedLease.class);

	@Bean
	EventConsumer conflictCheckConsumer(OfferService offers) {
		return EventConsumer.named(CONFLICT_CHECKS).on(HousingEvents.CONFLICT_CHECK_ANSWERED, (event) -> {
			ConflictCheckAnswered answer = event.payload();
			if (answer.checkId() == null || answer.result() == null) {
				throw new InvalidEventException(
						event.eventType() + " " + event.eventId() + " lacks a field its contract requires", null);
			}
			offers.conflictChecked(answer.checkId(), answer.result());
		}).build();
	}

	@Bean
	EventConsumer placementLeaseConsumer(OfferService offers) {
		return EventConsumer.named(SIGNED_PLACEMENTS).on(LEASE_STARTED, (event) -> {
			SignedLease lease = event.payload();
			if (lease.placementId() != null && lease.leaseId() != null) {
				offers.leaseSigned(lease.placementId(), lease.leaseId());
			}
		}).on(HousingEvents.PLACEMENT_REFUSED, (event) -> {
			PlacementRefused refused = event.payload();
			if (refused.placementId() == null || refused.reason() == null) {
				throw new InvalidEventException(
						event.eventType() + " " + event.eventId() + " lacks a field its contract requires", null);
			}
			offers.placementRefused(refused.placementId(), refused.reason());
		}).build();
	}

	@Bean
	EventConsumer subtenantIdentityConsumer(OfferService offers) {
		return EventConsumer.named(IDENTITIES).on(IDENTITY_SHARED, (event) -> {
			IdentityShared shared = event.payload();
			if (shared.placementId() == null) {
				throw new InvalidEventException(
						event.eventType() + " " + event.eventId() + " lacks a field its contract requires", null);
			}
			offers.identityStatus(shared.placementId(), "SHARED");
		}).on(SocialEvents.SUBTENANT_IDENTITY_WITHHELD, (event) -> {
			SubtenantIdentityWithheld withheld = event.payload();
			if (withheld.placementId() == null || withheld.reason() == null) {
				throw new InvalidEventException(
						event.eventType() + " " + event.eventId() + " lacks a field its contract requires", null);
			}
			offers.identityStatus(withheld.placementId(), withheld.reason().name());
		}).build();
	}

	/**
	 * The fields of {@code LeaseStarted} a placement needs.
	 *
	 * @param leaseId the lease
	 * @param leaseType its type
	 * @param placementId the placement it signs, absent for other leases
	 */
	record SignedLease(UUID leaseId, String leaseType, UUID placementId) {
	}

	/**
	 * The fields of {@code SubtenantIdentityShared} a placement keeps: none of the sealed
	 * identity.
	 *
	 * @param placementId the placement
	 * @param requestReference its request
	 */
	record IdentityShared(UUID placementId, UUID requestReference) {
	}

}
