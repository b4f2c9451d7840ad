package se.bostadsbryggan.allocation.quota;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import se.bostadsbryggan.allocation.agreement.Agreement;
import se.bostadsbryggan.allocation.agreement.AgreementService;
import se.bostadsbryggan.allocation.spread.Spread;
import se.bostadsbryggan.audit.Actor;
import se.bostadsbryggan.audit.AuditEvent;
import se.bostadsbryggan.audit.AuditLog;
import se.bostadsbryggan.audit.Outcome;
import se.bostadsbryggan.web.ProblemException;

/**
 * The yearly quota: the agreement's rule applied to the apartments re-let last year
 * ({@code apartmentsReLet} of the housing company's {@code TurnoverCalculated}), plus the
 * extra slots a housing manager granted, less what offers and placements use.
 */
@Service
public class QuotaService {

	/** The audit action of a granted exception. */
	static final String GRANT = "QUOTA_EXCEPTION_GRANT";

	private static final Logger log = LoggerFactory.getLogger(QuotaService.class);

	private final QuotaRepository quotas;

	private final AgreementService agreements;

	private final Spread spread;

	private final AuditLog audit;

	private final Clock clock;

	QuotaService(QuotaRepository quotas, AgreementService agreements, Spread spread, AuditLog audit, Clock clock) {
		this.quotas = quotas;
		this.agreements = agreements;
		this.spread = spread;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * The housing company published a turnover figure: kept unless a later one of the
	 * same year is, and the next year gets its quota row.
	 * @param turnover the figure
	 * @param eventId the event that carried it
	 */
	@Transactional
	public void turnoverPublished(Turnover turnover, UUID eventId) {
		this.quotas.saveTurnover(turnover, eventId);
		this.quotas.ensureYear(turnover.year() + 1, this.clock.instant());
		log.info("Turnover {}: {} apartments re-let ({} re-lets)", turnover.year(), turnover.apartmentsReLet(),
				turnover.reLets());
	}

	/**
	 * @param year a year
	 * @return its quota, with last year's turnover, the use per month and the fairness
	 * line
	 */
	@Transactional(readOnly = true)
	public QuotaView of(int year) {
		Optional<Agreement> agreement = this.agreements.inForce(year);
		Optional<Turnover> lastYear = this.quotas.turnover(year - 1);
		Integer byRule = agreement.map((a) -> a.quota(lastYear.map(Turnover::apartmentsReLet).orElse(null)))
			.orElse(null);
		List<QuotaException> exceptions = this.quotas.exceptions(year);
		int extra = exceptions.stream().mapToInt(QuotaException::extraSlots).sum();
		int placed = this.quotas.placed(year);
		int offered = this.quotas.openOffers(year);
		Integer total = (byRule != null) ? byRule + extra : null;
		Integer left = (total != null) ? Math.max(0, total - placed - offered) : null;
		List<QuotaView.Month> months = new ArrayList<>();
		for (Map<String, Object> row : this.quotas.perMonth(year)) {
			months.add(new QuotaView.Month(((Number) row.get("month")).intValue(),
					((Number) row.get("placed")).intValue(), ((Number) row.get("offered")).intValue()));
		}
		List<QuotaView.Fairness> fairness = List.of(fairness(year - 1), fairness(year));
		return new QuotaView(year, agreement.orElse(null), lastYear.orElse(null), byRule, exceptions, extra, total,
				placed, offered, left, months, fairness);
	}

	/**
	 * Locks the year's quota row ({@code select ... for update}) until the caller's
	 * transaction ends, then counts its slots. Whoever takes a slot calls this first, so
	 * two users racing for the last slot are served one after the other.
	 * @param year the year
	 * @return the year's slots, counted under the lock
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public Slots lock(int year) {
		this.quotas.ensureYear(year, this.clock.instant());
		this.quotas.lock(year);
		return new Slots(year, totalOf(year), this.quotas.placed(year), this.quotas.openOffers(year));
	}

	/**
	 * @param year a year
	 * @return its quota with the exceptions granted, as {@link QuotaView#total()} shows
	 * it, or {@code null} while it has no agreement or no turnover to count from
	 */
	@Transactional(readOnly = true)
	public Integer total(int year) {
		return totalOf(year);
	}

	private Integer totalOf(int year) {
		Integer byRule = this.agreements.inForce(year)
			.map((a) -> a.quota(this.quotas.turnover(year - 1).map(Turnover::apartmentsReLet).orElse(null)))
			.orElse(null);
		int extra = this.quotas.exceptions(year).stream().mapToInt(QuotaException::extraSlots).sum();
		return (byRule != null) ? byRule + extra : null;
	}

	/**
	 * A year's slots. An open offer (checking or waiting for its answer) holds a slot: it
	 * is shown as offered on the quota page, and a new offer needs a slot neither placed
	 * nor held. Accepting an offer turns its own held slot into a placement, so it needs
	 * only that the placements stay within the quota: should the quota have been lowered
	 * while offers were open, the first accepted wins the slots left.
	 *
	 * @param year the year
	 * @param total the quota with its exceptions, {@code null} while the year has no
	 * agreement or no turnover to count from
	 * @param placed the placements
	 * @param held the open offers (checking or open)
	 */
	public record Slots(int year, Integer total, int placed, int held) {

		/**
		 * @return whether a new offer can take a slot
		 */
		public boolean leftForOffer() {
			return this.total != null && this.placed + this.held < this.total;
		}

		/**
		 * @return whether one more placement stays within the quota
		 */
		public boolean leftForPlacement() {
			return this.total != null && this.placed < this.total;
		}

	}

	private QuotaView.Fairness fairness(int year) {
		Optional<Turnover> turnover = this.quotas.turnover(year);
		int social = this.spread.socialContractsStartedIn(year);
		BigDecimal share = QuotaView.Fairness.sharePercent(social, turnover.map(Turnover::reLets).orElse(null));
		Integer quota = this.agreements.inForce(year)
			.map((a) -> a.quota(this.quotas.turnover(year - 1).map(Turnover::apartmentsReLet).orElse(null)))
			.orElse(null);
		return new QuotaView.Fairness(year, turnover.orElse(null), social, share, quota);
	}

	/**
	 * A housing manager grants extra slots for a year, with a written reason. Audited.
	 * @param year the year
	 * @param grant the slots and reason, validated
	 */
	@Transactional
	public void grantException(int year, GrantException grant) {
		if (year < 2000 || year > 2100) {
			throw new ProblemException(HttpStatus.BAD_REQUEST, "agreement-year-invalid", year);
		}
		Actor actor = Actor.current();
		Instant now = this.clock.instant().truncatedTo(ChronoUnit.MICROS);
		this.quotas.ensureYear(year, now);
		this.quotas.insertException(year, grant.extraSlots(), grant.reason(), actor.username(), now);
		this.audit.record(actor,
				AuditEvent.of(GRANT, "QUOTA", year)
					.purpose("QUOTA")
					.details(Map.of("extraSlots", grant.extraSlots(), "reason", grant.reason())),
				Outcome.SUCCESS);
		log.info("{} extra slots granted for {} by {}", grant.extraSlots(), year, actor.username());
	}

}
