package se.bostadsbryggan.housing.turnover;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Publishes last year's turnover once the year has closed: checked daily shortly after
 * midnight and at every start (the service may have been down on New Year's night). The
 * year comes from the injected clock; publishing is idempotent per year.
 */
@Component
class TurnoverYearClose {

	private final TurnoverService turnover;

	TurnoverYearClose(TurnoverService turnover) {
		this.turnover = turnover;
	}

	@EventListener(ApplicationReadyEvent.class)
	void atStart() {
		check();
	}

	@Scheduled(cron = "${bb.housing.turnover.year-close-cron:0 5 0 * * *}", zone = "Europe/Stockholm")
	void check() {
		this.turnover.publishClosedYear();
	}

}
