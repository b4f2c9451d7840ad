package se.bostadsbryggan.allocation.takeover;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import org.springframework.scheduling.support.CronTrigger;

/**
 * The daily evaluation for the passing of time: every running contract still evaluated is
 * judged on the day, so a contract turns transferable the day it reaches its months with
 * no event that day (and stops being so when its readiness assessment ages). Runs on
 * {@code bb.allocation.takeover.evaluation-cron} (02:05 by default) in the zone of the
 * injected clock. Each contract is evaluated in its own transaction; running it twice, or
 * on two instances, changes each status once. Then it reminds of the contracts
 * transferable for the agreement's reminder days without an approved takeover.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class TakeoverJobs implements SchedulingConfigurer {

	private static final Logger log = LoggerFactory.getLogger(TakeoverJobs.class);

	private final TakeoverService takeover;

	private final TakeoverProperties properties;

	private final Clock clock;

	TakeoverJobs(TakeoverService takeover, TakeoverProperties properties, Clock clock) {
		this.takeover = takeover;
		this.properties = properties;
		this.clock = clock;
	}

	@Override
	public void configureTasks(ScheduledTaskRegistrar registrar) {
		registrar.addTriggerTask(this::run, new CronTrigger(this.properties.evaluationCron(), this.clock.getZone()));
	}

	/**
	 * Reminds of every contract transferable for the agreement's reminder days without an
	 * approved takeover; each in its own transaction, once a day however often it runs.
	 * @return how many were reminded of
	 */
	int remind(LocalDate today) {
		int reminded = 0;
		for (UUID lease : this.takeover.remindersDue(today)) {
			try {
				if (this.takeover.remind(lease, today)) {
					reminded++;
				}
			}
			catch (RuntimeException ex) {
				log.warn("Contract {} could not be reminded of; the next run tries again", lease, ex);
			}
		}
		if (reminded > 0) {
			log.info("Takeover reminders of {}: {}", today, reminded);
		}
		return reminded;
	}

	/**
	 * Evaluates every running contract still evaluated, today.
	 * @return how many changed status
	 */
	int run() {
		LocalDate today = LocalDate.now(this.clock);
		int changed = 0;
		int failed = 0;
		for (UUID lease : this.takeover.toEvaluate(today)) {
			try {
				if (this.takeover.evaluate(lease, today)) {
					changed++;
				}
			}
			catch (RuntimeException ex) {
				failed++;
				log.warn("Contract {} could not be evaluated; the next run tries again", lease, ex);
			}
		}
		log.info("Takeover evaluation of {}: {} changed status, {} failed", today, changed, failed);
		remind(today);
		return changed;
	}

}
