package se.bostadsbryggan.gateway.login;

import java.time.Clock;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import se.bostadsbryggan.gateway.account.Accounts;
import se.bostadsbryggan.gateway.audit.AuditLog;

@Configuration(proxyBeanMethods = false)
class LoginConfiguration {

	@Bean
	LoginAttempts loginAttempts(Accounts accounts, AuditLog audit, Clock clock) {
		return new LoginAttempts(accounts, audit, clock);
	}

}
