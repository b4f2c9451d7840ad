package se.bostadsbryggan.allocation;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Bean;

import se.bostadsbryggan.security.AccessRules;

/**
 * The shared workflow of the housing company and social services: the yearly agreement
 * and quota, the apartments available for re-letting and for social contracts, the queue
 * of pseudonymous housing requests, matching and the spread of social contracts, learnt
 * from the two organisations' events. Offers and placements grow here. It publishes no
 * events yet, so it declares no {@code PublishedEvents}.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class AllocationApplication {

	public static void main(String[] args) {
		SpringApplication.run(AllocationApplication.class, args);
	}

	/**
	 * Pages and API are for both organisations' staff, with three exceptions: saving a
	 * version of the agreement is for the two organisations' managers, granting a quota
	 * exception for the housing manager, and offering a vacant apartment for a social
	 * contract for the housing company's staff. Every other path is denied.
	 * @return who reaches which paths
	 */
	@Bean
	AccessRules accessRules() {
		return AccessRules.paths("/allocation/agreement/*/versions", "/api/allocation/agreements/*/versions")
			.allow("HOUSING_MANAGER", "SOCIAL_MANAGER")
			.paths("/allocation/quota/*/exceptions", "/api/allocation/quota/*/exceptions")
			.allow("HOUSING_MANAGER")
			.paths("/allocation/apartments/*/social-contract", "/allocation/apartments/*/social-contract/**")
			.allow("HOUSING_STAFF", "HOUSING_MANAGER")
			.paths("/allocation/**", "/api/allocation/**")
			.allow("HOUSING_STAFF", "HOUSING_MANAGER", "SOCIAL_CASEWORKER", "SOCIAL_MANAGER")
			.build();
	}

}
