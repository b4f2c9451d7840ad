package se.bostadsbryggan.allocation.offer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * The offers' scheduled work, on the injected clock: blocks the offers whose conflict
 * check was not answered in time ({@code bb.allocation.conflict-check.timeout}) and
 * lapses the open offers past their deadline, every
 * {@code bb.allocation.offers.job-interval}.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class OfferJobs {

	private static final Logger log = LoggerFactory.getLogger(OfferJobs.class);

	private final OfferService offers;

	OfferJobs(OfferService offers) {
		this.offers = offers;
	}

	@Scheduled(fixedDelayString = "${bb.allocation.offers.job-interval:30s}",
			initialDelayString = "${bb.allocation.offers.job-interval:30s}")
	void run() {
		try {
			int blocked = this.offers.blockUnansweredChecks();
			int lapsed = this.offers.lapseOverdue();
			if (blocked + lapsed > 0) {
				log.info("Offers: {} blocked as their conflict check timed out, {} lapsed", blocked, lapsed);
			}
		}
		catch (RuntimeException ex) {
			log.warn("The offers' scheduled work failed; it runs again", ex);
		}
	}

}
