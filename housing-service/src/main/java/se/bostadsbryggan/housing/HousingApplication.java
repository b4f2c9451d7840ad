package se.bostadsbryggan.housing;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Bean;

import se.bostadsbryggan.contracts.housing.HousingEvents;
import se.bostadsbryggan.messaging.PublishedEvents;
import se.bostadsbryggan.security.AccessRules;

/**
 * The housing company's service: its apartments, leases and tenants, and the events the
 * shared workflow needs from them.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class HousingApplication {

	public static void main(String[] args) {
		SpringApplication.run(HousingApplication.class, args);
	}

	@Bean
	PublishedEvents publishedEvents() {
		return PublishedEvents.of(HousingEvents.ALL);
	}

	/**
	 * Pages and API are for the housing company's staff; publishing the turnover, the
	 * audit log, importing apartments and leases (tenants' personal data in bulk) and
	 * approving or declining takeovers are for the housing manager; every other path is
	 * denied.
	 * @return who reaches which paths
	 */
	@Bean
	AccessRules accessRules() {
		return AccessRules
			.paths("/housing/turnover/*/publish", "/api/housing/turnover/*/publish", "/housing/audit",
					"/housing/audit/**")
			.allow("HOUSING_MANAGER")
			.paths("/housing/imports/apartments", "/api/housing/imports/apartments")
			.allow("HOUSING_MANAGER")
			.paths("/housing/leases/*/takeover/approval", "/housing/leases/*/takeover/decline")
			.allow("HOUSING_MANAGER")
			.paths("/housing/**", "/api/housing/**")
			.allow("HOUSING_STAFF", "HOUSING_MANAGER")
			.build();
	}

}
