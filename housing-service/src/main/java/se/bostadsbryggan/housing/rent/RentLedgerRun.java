package se.bostadsbryggan.housing.rent;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The daily ledger run, shortly after midnight and at every start: charges the months
 * leases run through next month, and reports overdue rent of social contracts and
 * guaranteed leases. Both steps are idempotent; the day comes from the injected clock.
 * Scheduling is enabled by the turnover feature's configuration.
 */
@Component
class RentLedgerRun {

	private final RentService rent;

	RentLedgerRun(RentService rent) {
		this.rent = rent;
	}

	@EventListener(ApplicationReadyEvent.class)
	void atStart() {
		run();
	}

	@Scheduled(cron = "${bb.housing.rent.run-cron:0 15 0 * * *}", zone = "Europe/Stockholm")
	void run() {
		this.rent.generateCharges();
		this.rent.reportOverdue();
	}

}
