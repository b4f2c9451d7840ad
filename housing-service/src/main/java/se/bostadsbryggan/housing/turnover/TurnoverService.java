package se.bostadsbryggan.housing.turnover;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.bostadsbryggan.contracts.housing.HousingEvents;
import se.bostadsbryggan.contracts.housing.TurnoverCalculated;
import se.bostadsbryggan.messaging.Outbox;
import se.bostadsbryggan.web.ProblemException;

/**
 * The turnover per calendar year, derived from the lease history (never typed in), and
 * its publication on {@code housing.turnover.v1}: on demand, and once when a year closes.
 */
@Service
public class TurnoverService {

	private static final Logger log = LoggerFactory.getLogger(TurnoverService.class);

	/** How many years the page shows. */
	static final int YEARS_SHOWN = 5;

	private final TurnoverRepository turnover;

	private final Outbox outbox;

	private final Clock clock;

	TurnoverService(TurnoverRepository turnover, Outbox outbox, Clock clock) {
		this.turnover = turnover;
		this.outbox = outbox;
		this.clock = clock;
	}

	/**
	 * @return the last five years, this year (so far) last
	 */
	@Transactional(readOnly = true)
	public List<YearTurnover> lastYears() {
		int thisYear = LocalDate.now(this.clock).getYear();
		return this.turnover.figures(thisYear - YEARS_SHOWN + 1, thisYear)
			.stream()
			.map((figure) -> turnoverOf(figure, thisYear))
			.toList();
	}

	/**
	 * @param year a calendar year
	 * @return its turnover
	 */
	@Transactional(readOnly = true)
	public YearTurnover of(int year) {
		return turnoverOf(this.turnover.figures(year, year).get(0), LocalDate.now(this.clock).getYear());
	}

	/**
	 * Publishes a year's figure now, as it stands.
	 * @param year a calendar year, not in the future
	 * @return the figure published
	 */
	@Transactional
	public YearTurnover publish(int year) {
		int thisYear = LocalDate.now(this.clock).getYear();
		if (year > thisYear || year < 1900) {
			throw new ProblemException(HttpStatus.BAD_REQUEST, "turnover-year-invalid", thisYear);
		}
		publish(year, thisYear, "ON_DEMAND");
		return of(year);
	}

	/**
	 * Publishes last year's figure once the year has closed: once per year, however often
	 * it is called; not before there is any lease history.
	 * @return whether it published
	 */
	@Transactional
	public boolean publishClosedYear() {
		int thisYear = LocalDate.now(this.clock).getYear();
		if (!this.turnover.anyLease()) {
			return false;
		}
		return publish(thisYear - 1, thisYear, "YEAR_CLOSED");
	}

	private boolean publish(int year, int thisYear, String reason) {
		TurnoverRepository.Figure figure = this.turnover.figures(year, year).get(0);
		int apartments = this.turnover.apartments();
		Instant now = this.clock.instant();
		if (!this.turnover.recordPublication(year, figure, apartments, reason, now)) {
			return false;
		}
		this.outbox.append(HousingEvents.TURNOVER_CALCULATED, year,
				new TurnoverCalculated(year, figure.reLets(), figure.apartmentsReLet(), apartments, year < thisYear));
		log.info("Published turnover of {} ({}): {} re-lets", year, reason, figure.reLets());
		return true;
	}

	private static YearTurnover turnoverOf(TurnoverRepository.Figure figure, int thisYear) {
		return new YearTurnover(figure.year(), figure.reLets(), figure.apartmentsReLet(), figure.year() < thisYear,
				figure.lastPublishedAt());
	}

}
