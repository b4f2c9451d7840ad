package se.bostadsbryggan.contracts.housing;

import java.util.List;

import se.bostadsbryggan.contracts.EventDefinition;

/**
 * Events published by housing-service.
 */
public final class HousingEvents {

	/** Apartments and their availability; key: apartment id. */
	public static final String APARTMENT_TOPIC = "housing.apartment.v1";

	/**
	 * Leases started and ended, placements the housing company could not sign, and
	 * takeovers completed or refused; key: apartment id, so one apartment's leases stay
	 * in order.
	 */
	public static final String LEASE_TOPIC = "housing.lease.v1";

	/**
	 * Answers to the shared workflow's conflict checks; key: the check id. Only conflict
	 * or no conflict, never a tenant's hash.
	 */
	public static final String CONFLICT_CHECK_TOPIC = "housing.conflict-check.v1";

	/** The yearly turnover figure; key: the year. */
	public static final String TURNOVER_TOPIC = "housing.turnover.v1";

	/**
	 * Conduct of social contracts and guaranteed leases only (rent paid on time or not,
	 * disturbances verified or dismissed); key: lease id. Ordinary tenants' conduct never
	 * leaves the housing company.
	 */
	public static final String TENANCY_CONDUCT_TOPIC = "housing.tenancy-conduct.v1";

	public static final EventDefinition<ApartmentRegistered> APARTMENT_REGISTERED = new EventDefinition<>(
			APARTMENT_TOPIC, "ApartmentRegistered", 1, ApartmentRegistered.class);

	public static final EventDefinition<ApartmentVacated> APARTMENT_VACATED = new EventDefinition<>(APARTMENT_TOPIC,
			"ApartmentVacated", 1, ApartmentVacated.class);

	public static final EventDefinition<ApartmentLet> APARTMENT_LET = new EventDefinition<>(APARTMENT_TOPIC,
			"ApartmentLet", 1, ApartmentLet.class);

	public static final EventDefinition<LeaseStarted> LEASE_STARTED = new EventDefinition<>(LEASE_TOPIC, "LeaseStarted",
			1, LeaseStarted.class);

	public static final EventDefinition<LeaseEnded> LEASE_ENDED = new EventDefinition<>(LEASE_TOPIC, "LeaseEnded", 1,
			LeaseEnded.class);

	public static final EventDefinition<PlacementRefused> PLACEMENT_REFUSED = new EventDefinition<>(LEASE_TOPIC,
			"PlacementRefused", 1, PlacementRefused.class);

	public static final EventDefinition<TurnoverCalculated> TURNOVER_CALCULATED = new EventDefinition<>(TURNOVER_TOPIC,
			"TurnoverCalculated", 1, TurnoverCalculated.class);

	public static final EventDefinition<RentPaymentRecorded> RENT_PAYMENT_RECORDED = new EventDefinition<>(
			TENANCY_CONDUCT_TOPIC, "RentPaymentRecorded", 1, RentPaymentRecorded.class);

	public static final EventDefinition<RentOverdue> RENT_OVERDUE = new EventDefinition<>(TENANCY_CONDUCT_TOPIC,
			"RentOverdue", 1, RentOverdue.class);

	public static final EventDefinition<DisturbanceConcluded> DISTURBANCE_CONCLUDED = new EventDefinition<>(
			TENANCY_CONDUCT_TOPIC, "DisturbanceConcluded", 1, DisturbanceConcluded.class);

	public static final EventDefinition<ConflictCheckAnswered> CONFLICT_CHECK_ANSWERED = new EventDefinition<>(
			CONFLICT_CHECK_TOPIC, "ConflictCheckAnswered", 1, ConflictCheckAnswered.class);

	public static final EventDefinition<TakeoverCompleted> TAKEOVER_COMPLETED = new EventDefinition<>(LEASE_TOPIC,
			"TakeoverCompleted", 1, TakeoverCompleted.class);

	public static final EventDefinition<TakeoverRefused> TAKEOVER_REFUSED = new EventDefinition<>(LEASE_TOPIC,
			"TakeoverRefused", 1, TakeoverRefused.class);

	public static final List<EventDefinition<?>> ALL = List.of(APARTMENT_REGISTERED, APARTMENT_VACATED, APARTMENT_LET,
			LEASE_STARTED, LEASE_ENDED, PLACEMENT_REFUSED, TAKEOVER_COMPLETED, TAKEOVER_REFUSED, TURNOVER_CALCULATED,
			RENT_PAYMENT_RECORDED, RENT_OVERDUE, DISTURBANCE_CONCLUDED, CONFLICT_CHECK_ANSWERED);

	private HousingEvents() {
	}

}
