package se.bostadsbryggan.contracts.social;

import java.util.List;

import se.bostadsbryggan.contracts.EventDefinition;

/**
 * Events published by social-services-service. None of them carries a name, a personal
 * identity number, an address or free text: only what the shared workflow needs, under an
 * opaque reference.
 */
public final class SocialEvents {

	/** Pseudonymous housing needs; key: the need's opaque reference. */
	public static final String HOUSING_NEED_TOPIC = "social.housing-need.v1";

	public static final EventDefinition<HousingNeedRegistered> HOUSING_NEED_REGISTERED = new EventDefinition<>(
			HOUSING_NEED_TOPIC, "HousingNeedRegistered", 1, HousingNeedRegistered.class);

	public static final List<EventDefinition<?>> ALL = List.of(HOUSING_NEED_REGISTERED);

	private SocialEvents() {
	}

}
