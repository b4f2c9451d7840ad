package se.bostadsbryggan.messaging;

import org.junit.jupiter.api.Test;

import se.bostadsbryggan.contracts.housing.HousingEvents;
import se.bostadsbryggan.contracts.social.SocialEvents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

class EventConsumerTest {

	@Test
	void subscribesToTheTopicsOfItsEventsAndFindsTheirHandlers() {
		EventConsumer consumer = EventConsumer.named("allocation.test")
			.on(HousingEvents.APARTMENT_REGISTERED, (event) -> {
			})
			.on(HousingEvents.APARTMENT_VACATED, (event) -> {
			})
			.on(SocialEvents.READINESS_ASSESSED, (event) -> {
			})
			.build();

		assertThat(consumer.topics()).containsExactly(HousingEvents.APARTMENT_TOPIC, SocialEvents.READINESS_TOPIC);
		assertThat(consumer.handlerFor(HousingEvents.APARTMENT_TOPIC, "ApartmentVacated", 1)).isNotNull();
		assertThat(consumer.handlerFor(HousingEvents.APARTMENT_TOPIC, "ApartmentVacated", 2)).isNull();
		assertThat(consumer.handlerFor(SocialEvents.READINESS_TOPIC, "ApartmentVacated", 1)).isNull();
	}

	@Test
	void refusesANameThatCannotBeAConsumerGroupOrTwoHandlersForOneEvent() {
		assertThatIllegalArgumentException().isThrownBy(() -> EventConsumer.named("Allocation Test"));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> EventConsumer.named("allocation.test").on(HousingEvents.APARTMENT_VACATED, (event) -> {
			}).on(HousingEvents.APARTMENT_VACATED, (event) -> {
			}));
		assertThatIllegalStateException().isThrownBy(() -> EventConsumer.named("allocation.test").build());
	}

}
