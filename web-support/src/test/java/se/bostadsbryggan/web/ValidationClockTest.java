package se.bostadsbryggan.web;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;

import jakarta.validation.constraints.PastOrPresent;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.boot.validation.autoconfigure.ValidationConfigurationCustomizer;
import org.springframework.validation.beanvalidation.LocalValidatorFactoryBean;

import static org.assertj.core.api.Assertions.assertThat;

class ValidationClockTest {

	@Test
	void pastOrPresentIsJudgedByTheApplicationsClock() {
		Clock newYear2020 = Clock.fixed(Instant.parse("2020-01-01T12:00:00Z"), ZoneOffset.UTC);
		ValidationConfigurationCustomizer customizer = new WebSupportAutoConfiguration()
			.validationClock(new StaticListableBeanFactory(Map.of("clock", newYear2020)).getBeanProvider(Clock.class));
		try (LocalValidatorFactoryBean validator = new LocalValidatorFactoryBean()) {
			validator.setConfigurationInitializer(customizer::customize);
			validator.afterPropertiesSet();

			assertThat(validator.validate(new Stated(LocalDate.of(2020, 1, 1)))).isEmpty();
			assertThat(validator.validate(new Stated(LocalDate.of(2020, 1, 2)))).hasSize(1);
		}
	}

	record Stated(@PastOrPresent LocalDate on) {
	}

}
