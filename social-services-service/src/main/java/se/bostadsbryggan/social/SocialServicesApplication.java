package se.bostadsbryggan.social;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Bean;

import se.bostadsbryggan.contracts.social.SocialEvents;
import se.bostadsbryggan.messaging.PublishedEvents;
import se.bostadsbryggan.security.AccessRules;

/**
 * Social services' service: its clients and cases, and the housing needs it shares with
 * the housing company. Its data is confidential: only pseudonymous events leave it.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class SocialServicesApplication {

	public static void main(String[] args) {
		SpringApplication.run(SocialServicesApplication.class, args);
	}

	@Bean
	PublishedEvents publishedEvents() {
		return PublishedEvents.of(SocialEvents.ALL);
	}

	/**
	 * The audit log is for social services' managers; the other pages and API for its
	 * caseworkers and managers; every other path is denied.
	 * @return who reaches which paths
	 */
	@Bean
	AccessRules accessRules() {
		return AccessRules.paths("/social/audit", "/social/audit/**", "/api/social/audit", "/api/social/audit/**")
			.allow("SOCIAL_MANAGER")
			.paths("/social/**", "/api/social/**")
			.allow("SOCIAL_CASEWORKER", "SOCIAL_MANAGER")
			.build();
	}

}
