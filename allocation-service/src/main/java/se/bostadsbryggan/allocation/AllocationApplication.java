package se.bostadsbryggan.allocation;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Bean;

import se.bostadsbryggan.security.AccessRules;

/**
 * The shared workflow of the housing company and social services: which apartments are
 * available for re-letting and which pseudonymous housing needs wait in the queue, learnt
 * from the two organisations' events. The agreement, quota, offers and placements grow
 * here. It publishes no events yet, so it declares no {@code PublishedEvents}.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class AllocationApplication {

	public static void main(String[] args) {
		SpringApplication.run(AllocationApplication.class, args);
	}

	/**
	 * Pages and API are for both organisations' staff; every other path is denied.
	 * @return who reaches which paths
	 */
	@Bean
	AccessRules accessRules() {
		return AccessRules.paths("/allocation/**", "/api/allocation/**")
			.allow("HOUSING_STAFF", "HOUSING_MANAGER", "SOCIAL_CASEWORKER", "SOCIAL_MANAGER")
			.build();
	}

}
