package se.bostadsbryggan.social;

import java.util.List;

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

	/**
	 * What social services publish. No longer the anonymous {@code HousingNeedRegistered}
	 * ({@code social.housing-need.v1}): housing requests replaced it in the shared
	 * workflow.
	 * @return the events this service appends to its outbox
	 */
	@Bean
	PublishedEvents publishedEvents() {
		return PublishedEvents.of(List.of(SocialEvents.HOUSING_REQUEST_SUBMITTED, SocialEvents.READINESS_ASSESSED,
				SocialEvents.SUBTENANT_IDENTITY_SHARED, SocialEvents.SUBTENANT_IDENTITY_WITHHELD,
				SocialEvents.TAKEOVER_APPROVED, SocialEvents.LASTING_SOLUTION_CHANGED,
				SocialEvents.GUARANTEE_RELEASED));
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
