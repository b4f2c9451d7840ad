package se.bostadsbryggan.contracts.allocation;

import java.util.List;

import se.bostadsbryggan.contracts.EventDefinition;

/**
 * Events published by allocation-service, the shared workflow. Pseudonymous like social
 * services' events: opaque references and keyed hashes, never a name or a personal
 * identity number.
 */
public final class AllocationEvents {

	/** Conflict checks asked of the housing company; key: the check id. */
	public static final String CONFLICT_CHECK_TOPIC = "allocation.conflict-check.v1";

	/** Placements agreed, for the housing company to sign; key: the apartment id. */
	public static final String PLACEMENT_TOPIC = "allocation.placement.v1";

	public static final EventDefinition<ConflictCheckRequested> CONFLICT_CHECK_REQUESTED = new EventDefinition<>(
			CONFLICT_CHECK_TOPIC, "ConflictCheckRequested", 1, ConflictCheckRequested.class);

	public static final EventDefinition<PlacementAgreed> PLACEMENT_AGREED = new EventDefinition<>(PLACEMENT_TOPIC,
			"PlacementAgreed", 1, PlacementAgreed.class);

	/**
	 * Whether social contracts and guaranteed leases are transferable to an own contract;
	 * key: the lease id.
	 */
	public static final String TAKEOVER_TOPIC = "allocation.takeover.v1";

	public static final EventDefinition<TransferabilityChanged> TRANSFERABILITY_CHANGED = new EventDefinition<>(
			TAKEOVER_TOPIC, "TransferabilityChanged", 1, TransferabilityChanged.class);

	public static final List<EventDefinition<?>> ALL = List.of(CONFLICT_CHECK_REQUESTED, PLACEMENT_AGREED,
			TRANSFERABILITY_CHANGED);

	private AllocationEvents() {
	}

}
