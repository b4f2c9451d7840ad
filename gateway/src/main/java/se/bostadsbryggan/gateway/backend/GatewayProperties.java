package se.bostadsbryggan.gateway.backend;

import java.net.URI;
import java.time.Duration;

import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Where the services behind the gateway are ({@code bb.gateway.*}).
 *
 * @param housingUri the housing service's base URI (env {@code BB_GATEWAY_HOUSING_URI})
 * @param socialUri the social services service's base URI (env
 * {@code BB_GATEWAY_SOCIAL_URI})
 * @param allocationUri the allocation service's base URI (env
 * {@code BB_GATEWAY_ALLOCATION_URI})
 * @param availabilityTimeout how long the start page waits for a service's readiness
 */
@Validated
@ConfigurationProperties("bb.gateway")
public record GatewayProperties(@NotNull URI housingUri, @NotNull URI socialUri, @NotNull URI allocationUri,
		@DefaultValue("1s") Duration availabilityTimeout) {

	/**
	 * @param backend a service
	 * @return its base URI, e.g. {@code http://127.0.0.1:8081}
	 */
	public URI uri(Backend backend) {
		return switch (backend) {
			case HOUSING -> this.housingUri;
			case SOCIAL -> this.socialUri;
			case ALLOCATION -> this.allocationUri;
		};
	}

}
