package se.bostadsbryggan.allocation.notification;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Configuration;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends the mail outbox: every {@code bb.allocation.notifications.relay-interval} it
 * locks the due mails ({@code for update skip locked}), sends each and marks it sent only
 * after the SMTP server accepted it, in the same transaction. A failure (the server down,
 * a timeout) leaves the mail queued for a later attempt, after a delay that doubles up to
 * {@code max-retry-delay}: an outage delays mail, never loses it, and a second instance
 * never sends a mail the first one holds. Without an SMTP server
 * ({@code spring.mail.host} unset, as in the local run) each mail is written to the log
 * instead and counts as sent.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class MailRelay implements SchedulingConfigurer {

	private static final Logger log = LoggerFactory.getLogger(MailRelay.class);

	/** How many mails one run sends at most. */
	static final int BATCH = 50;

	private final MailRepository mails;

	private final ObjectProvider<JavaMailSender> sender;

	private final TransactionTemplate transactions;

	private final NotificationProperties properties;

	private final Clock clock;

	MailRelay(MailRepository mails, ObjectProvider<JavaMailSender> sender, TransactionTemplate transactions,
			NotificationProperties properties, Clock clock) {
		this.mails = mails;
		this.sender = sender;
		this.transactions = transactions;
		this.properties = properties;
		this.clock = clock;
	}

	@Override
	public void configureTasks(ScheduledTaskRegistrar registrar) {
		registrar.addFixedDelayTask(this::runSafely, this.properties.relayInterval());
	}

	private void runSafely() {
		try {
			run();
		}
		catch (RuntimeException ex) {
			log.warn("The mail relay failed; the next run tries again", ex);
		}
	}

	/**
	 * Sends the mails due now.
	 * @return how many were sent
	 */
	int run() {
		Integer sent = this.transactions.execute((status) -> {
			Instant now = this.clock.instant();
			List<MailRepository.QueuedMail> due = this.mails.claimDue(now, BATCH);
			int count = 0;
			for (MailRepository.QueuedMail mail : due) {
				try {
					send(mail);
					this.mails.sent(mail.id(), this.clock.instant());
					count++;
				}
				catch (RuntimeException ex) {
					Instant next = now.plus(delay(mail.attempts()));
					log.warn("Mail {} could not be sent (attempt {}), next attempt at {}: {}", mail.id(),
							mail.attempts() + 1, next, ex.toString());
					this.mails.failed(mail.id(), ex.toString(), next);
				}
			}
			return count;
		});
		return (sent != null) ? sent : 0;
	}

	private void send(MailRepository.QueuedMail mail) {
		JavaMailSender smtp = this.sender.getIfAvailable();
		if (smtp == null) {
			log.info("Mail (no SMTP server configured, not sent) to {}: {}\n{}", mail.address(), mail.subject(),
					mail.body());
			return;
		}
		SimpleMailMessage message = new SimpleMailMessage();
		message.setFrom(this.properties.from());
		message.setTo(mail.address());
		message.setSubject(mail.subject());
		message.setText(mail.body());
		smtp.send(message);
	}

	Duration delay(int failedBefore) {
		Duration delay = this.properties.retryDelay().multipliedBy(1L << Math.min(failedBefore, 20));
		return (delay.compareTo(this.properties.maxRetryDelay()) > 0) ? this.properties.maxRetryDelay() : delay;
	}

}
