package se.bostadsbryggan.allocation.notification;

import java.time.Clock;
import java.time.LocalDate;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import org.springframework.scheduling.support.CronTrigger;

/**
 * The daily digest: on {@code bb.allocation.notifications.digest-cron} (07:00 by default,
 * in the zone of the injected clock) each user who chose a daily summary gets one mail
 * with the notices that waited for it. Each user's digest is gathered in its own
 * transaction; a second run, or a second instance, finds nothing left.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class MailDigestJob implements SchedulingConfigurer {

	private static final Logger log = LoggerFactory.getLogger(MailDigestJob.class);

	private final Mails mails;

	private final NotificationProperties properties;

	private final Clock clock;

	MailDigestJob(Mails mails, NotificationProperties properties, Clock clock) {
		this.mails = mails;
		this.properties = properties;
		this.clock = clock;
	}

	@Override
	public void configureTasks(ScheduledTaskRegistrar registrar) {
		registrar.addTriggerTask(this::run, new CronTrigger(this.properties.digestCron(), this.clock.getZone()));
	}

	/**
	 * Gathers every waiting digest.
	 * @return how many digests were appended to the mail outbox
	 */
	int run() {
		LocalDate today = LocalDate.now(this.clock);
		int digests = 0;
		for (String username : this.mails.digestUsers()) {
			try {
				if (this.mails.digest(username, today)) {
					digests++;
				}
			}
			catch (RuntimeException ex) {
				log.warn("The digest of {} could not be gathered; the next run tries again", username, ex);
			}
		}
		log.info("Mail digest of {}: {} digests", today, digests);
		return digests;
	}

}
