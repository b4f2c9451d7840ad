package se.bostadsbryggan.contracts.housing;

import java.util.List;

import se.bostadsbryggan.contracts.EventDefinition;

/**
 * Events published by housing-service.
 */
public final class HousingEvents {

	/** Apartments and their availability; key: apartment id. */
	public static final String APARTMENT_TOPIC = "housing.apartment.v1";

	public static final EventDefinition<ApartmentRegistered> APARTMENT_REGISTERED = new EventDefinition<>(
			APARTMENT_TOPIC, "ApartmentRegistered", 1, ApartmentRegistered.class);

	public static final EventDefinition<ApartmentVacated> APARTMENT_VACATED = new EventDefinition<>(APARTMENT_TOPIC,
			"ApartmentVacated", 1, ApartmentVacated.class);

	public static final List<EventDefinition<?>> ALL = List.of(APARTMENT_REGISTERED, APARTMENT_VACATED);

	private HousingEvents() {
	}

}
