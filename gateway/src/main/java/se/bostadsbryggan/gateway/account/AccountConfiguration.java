package se.bostadsbryggan.gateway.account;

import java.time.Clock;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

@Configuration(proxyBeanMethods = false)
class AccountConfiguration {

	@Bean
	Clock clock() {
		return Clock.systemUTC();
	}

	/**
	 * Hashes with bcrypt and stores the algorithm's id with the hash ({@code {bcrypt}…}),
	 * so a stronger algorithm can take over for new hashes later.
	 * @return the encoder
	 */
	@Bean
	PasswordEncoder passwordEncoder() {
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

	@Bean
	Accounts accounts(JdbcClient jdbc, PasswordEncoder passwordEncoder, LoginProperties login, Clock clock) {
		return new Accounts(jdbc, passwordEncoder, login, clock);
	}

	@Bean
	PasswordPolicy passwordPolicy() {
		return PasswordPolicy.withCommonPasswords();
	}

	@Bean
	@ConditionalOnBooleanProperty("bb.demo.enabled")
	DemoUsers demoUsers(Accounts accounts) {
		return new DemoUsers(accounts);
	}

}
