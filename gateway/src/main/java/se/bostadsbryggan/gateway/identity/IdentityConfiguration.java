package se.bostadsbryggan.gateway.identity;

import java.time.Clock;
import java.time.Duration;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class IdentityConfiguration {

	@Bean
	IdentityTokens identityTokens(@Value("${bb.identity.signing-key:}") String signingKey,
			@Value("${bb.identity.token-lifetime:60s}") Duration lifetime, Clock clock) {
		return new IdentityTokens(SigningKeys.fromPemOrGenerated(signingKey), lifetime, clock);
	}

}
