package se.bostadsbryggan.allocation.takeover;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
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
 * injected clock. All contracts are judged from a few set-based reads; each that changes
 * is recorded in its own transaction, so running it twice, or on two instances, changes
 * each status once. Then it reminds of the contracts transferable for the agreement's
 * reminder days without an approved takeover.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class TakeoverJobs implements SchedulingConfigurer {

	/** The Micrometer timer of the daily evaluation ({@code /actuator/prometheus}). */
	static final String TIMER = "bb.takeover.evaluation";

	/** How many unchanged contracts one statement marks evaluated. */
	static final int BATCH = 1000;

	private static final Logger log = LoggerFactory.getLogger(TakeoverJobs.class);

	private final TakeoverService takeover;

	private final TakeoverProperties properties;

	private final Clock clock;

	private final MeterRegistry meters;

	TakeoverJobs(TakeoverService takeover, TakeoverProperties properties, Clock clock,
			ObjectProvider<MeterRegistry> meters) {
		this.takeover = takeover;
		this.properties = properties;
		this.clock = clock;
		this.meters = meters.getIfAvailable(SimpleMeterRegistry::new);
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
	 * Evaluates every running contract still evaluated, today: judges them all in memory
	 * from a few set-based reads ({@link TakeoverService#triage}), records the change of
	 * each that changes in its own transaction ({@link TakeoverService#evaluate}, with
	 * its event in the outbox), and marks the others evaluated in batches. One contract
	 * that fails does not stop the others. Timed as {@value #TIMER}.
	 * @return how many changed status
	 */
	int run() {
		LocalDate today = LocalDate.now(this.clock);
		Timer.Sample sample = Timer.start(this.meters);
		TakeoverService.DailyTriage triage = this.takeover.triage(today);
		int changed = 0;
		int failed = 0;
		for (UUID lease : triage.changing()) {
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
		List<UUID> unchanged = triage.unchanged();
		for (int from = 0; from < unchanged.size(); from += BATCH) {
			List<UUID> batch = unchanged.subList(from, Math.min(from + BATCH, unchanged.size()));
			try {
				this.takeover.evaluatedUnchanged(batch, today);
			}
			catch (RuntimeException ex) {
				failed += batch.size();
				log.warn("{} unchanged contracts could not be marked evaluated; the next run tries again", batch.size(),
						ex);
			}
		}
		long nanos = sample.stop(Timer.builder(TIMER)
			.description("The daily takeover evaluation of every running contract")
			.register(this.meters));
		log.info("Takeover evaluation of {}: {} contracts in {} ms, {} changed status, {} failed", today, triage.size(),
				TimeUnit.NANOSECONDS.toMillis(nanos), changed, failed);
		remind(today);
		return changed;
	}

}
