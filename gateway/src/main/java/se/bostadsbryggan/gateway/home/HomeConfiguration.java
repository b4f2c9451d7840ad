package se.bostadsbryggan.gateway.home;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import se.bostadsbryggan.gateway.backend.GatewayProperties;

@Configuration(proxyBeanMethods = false)
class HomeConfiguration {

	@Bean
	ServiceAvailability serviceAvailability(GatewayProperties properties) {
		return new ServiceAvailability(properties);
	}

}
