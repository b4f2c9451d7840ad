package se.bostadsbryggan.allocation;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Bean;

import se.bostadsbryggan.contracts.allocation.AllocationEvents;
import se.bostadsbryggan.messaging.PublishedEvents;
import se.bostadsbryggan.security.AccessRules;

/**
 * The shared workflow of the housing company and social services: the yearly agreement
 * and quota, the apartments available for re-letting and for social contracts, the queue
 * of pseudonymous housing requests, matching and the spread of social contracts, learnt
 * from the two organisations' events; offers with their conflict check, and placements.
 * It publishes the conflict checks and the agreed placements ({@link AllocationEvents}).
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class AllocationApplication {

	public static void main(String[] args) {
		SpringApplication.run(AllocationApplication.class, args);
	}

	@Bean
	PublishedEvents publishedEvents() {
		return PublishedEvents.of(AllocationEvents.ALL);
	}

	/**
	 * Pages and API are for both organisations' staff, with these exceptions: saving a
	 * version of the agreement is for the two organisations' managers, granting a quota
	 * exception for the housing manager, and offering a vacant apartment for a social
	 * contract or an apartment for a request (an offer) for the housing company's staff,
	 * and answering an offer for social services' caseworkers and managers. Every other
	 * path is denied.
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
			.paths("/api/allocation/apartments/*/offers")
			.allow("HOUSING_STAFF", "HOUSING_MANAGER")
			.paths("/allocation/offers/*/answer", "/api/allocation/offers/*/answer")
			.allow("SOCIAL_CASEWORKER", "SOCIAL_MANAGER")
			.paths("/allocation/**", "/api/allocation/**")
			.allow("HOUSING_STAFF", "HOUSING_MANAGER", "SOCIAL_CASEWORKER", "SOCIAL_MANAGER")
			.build();
	}

}
