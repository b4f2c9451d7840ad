package se.bostadsbryggan.allocation.notification;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The settings of notification e-mail ({@code bb.allocation.notifications.*}). The SMTP
 * server itself is Spring Boot's {@code spring.mail.*}; without {@code spring.mail.host}
 * mails are written to the log instead.
 *
 * @param baseUrl where users log in, the start of every link in a mail (the gateway)
 * @param from the sender of every mail
 * @param relayInterval how often the mail relay looks for mails to send
 * @param retryDelay the delay after a first failed attempt; it doubles with each failure
 * @param maxRetryDelay the longest delay between two attempts
 * @param digestCron when the daily digest is sent, a Spring cron expression in the zone
 * of the service's clock
 */
@ConfigurationProperties("bb.allocation.notifications")
public record NotificationProperties(@DefaultValue("http://localhost:8080") String baseUrl,
		@DefaultValue("Bostadsbryggan <noreply@bostadsbryggan.local>") String from,
		@DefaultValue("10s") Duration relayInterval, @DefaultValue("30s") Duration retryDelay,
		@DefaultValue("1h") Duration maxRetryDelay, @DefaultValue("0 0 7 * * *") String digestCron) {

}
