package se.bostadsbryggan.gateway.account;

import java.time.Duration;

import jakarta.validation.constraints.Positive;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Login throttling ({@code bb.login.*}).
 *
 * @param maxFailedAttempts failed logins in a row after which an account is locked
 * @param lockDuration how long it stays locked
 */
@Validated
@ConfigurationProperties("bb.login")
public record LoginProperties(@DefaultValue("5") @Positive int maxFailedAttempts,
		@DefaultValue("15m") Duration lockDuration) {

}
