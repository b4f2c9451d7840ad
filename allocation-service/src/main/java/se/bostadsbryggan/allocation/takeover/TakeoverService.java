package se.bostadsbryggan.allocation.takeover;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.bostadsbryggan.allocation.agreement.AgreementService;
import se.bostadsbryggan.allocation.agreement.AgreementTerms;
import se.bostadsbryggan.allocation.offer.PlacementRequests;
import se.bostadsbryggan.contracts.allocation.AllocationEvents;
import se.bostadsbryggan.contracts.allocation.TransferabilityChanged;
import se.bostadsbryggan.messaging.Outbox;

/**
 * Follows every social contract and guaranteed lease and judges, on each event that
 * concerns it and once a day, whether it is transferable to an own contract
 * ({@link TakeoverRules}, with the criteria of the agreement in force that year, else
 * {@link TakeoverCriteria#DEFAULTS}). A change of status is a conditional update of the
 * contract's row: only the call that changes it appends {@code TransferabilityChanged} to
 * the outbox and tells the {@link TransferabilityListener}s, in the same transaction, so
 * a redelivered event, a second run of the daily job or a second instance changes it
 * once. A contract marked as a lasting solution, whose guarantee was released or that was
 * taken over is no longer evaluated; its last status is left as it was, without an event
 * (the pages show the lasting solution, the release or the takeover instead). It also
 * follows the takeover saga as the shared view sees it (social services' approval, the
 * housing company's completion or refusal) and reminds of contracts transferable for the
 * agreement's reminder days without an approved takeover ({@link TakeoverNotices}).
 */
@Service
public class TakeoverService {

	private static final Logger log = LoggerFactory.getLogger(TakeoverService.class);

	/**
	 * A takeover completed longer ago than this (one recorded from before Bostadsbryggan,
	 * or an event replayed) is recorded without a notice: nobody needs to act on it.
	 */
	static final int NOTICE_PAST_TAKEOVERS_DAYS = 30;

	private final ContractRepository contracts;

	private final AgreementService agreements;

	private final PlacementRequests placements;

	private final Outbox outbox;

	private final ObjectProvider<TransferabilityListener> listeners;

	private final TakeoverNotices sagaNotices;

	private final Clock clock;

	TakeoverService(ContractRepository contracts, AgreementService agreements, PlacementRequests placements,
			Outbox outbox, ObjectProvider<TransferabilityListener> listeners, TakeoverNotices sagaNotices,
			Clock clock) {
		this.contracts = contracts;
		this.sagaNotices = sagaNotices;
		this.agreements = agreements;
		this.placements = placements;
		this.outbox = outbox;
		this.listeners = listeners;
		this.clock = clock;
	}

	@Transactional
	void leaseStarted(UUID leaseId, UUID apartmentId, String objectNumber, String leaseType, LocalDate start,
			LocalDate end, UUID placementId) {
		Optional<PlacementRequests.PlacedRequest> placed = (placementId != null) ? this.placements.of(placementId)
				: Optional.empty();
		this.contracts.started(leaseId, apartmentId, objectNumber, leaseType, start, end,
				placed.map(PlacementRequests.PlacedRequest::requestReference).orElse(null),
				placed.map(PlacementRequests.PlacedRequest::caseworker).orElse(null), this.clock.instant());
		evaluate(leaseId, today());
	}

	@Transactional
	void leaseEnded(UUID leaseId, UUID apartmentId, String objectNumber, String leaseType, LocalDate start,
			LocalDate end) {
		this.contracts.ended(leaseId, apartmentId, objectNumber, leaseType, start, end, this.clock.instant());
		evaluate(leaseId, today());
	}

	@Transactional
	void takenOver(UUID socialLeaseId, LocalDate takeoverDate) {
		this.placements.ownContract(socialLeaseId, takeoverDate);
		if (this.contracts.takenOver(socialLeaseId, takeoverDate, this.clock.instant())
				&& !takeoverDate.isBefore(today().minusDays(NOTICE_PAST_TAKEOVERS_DAYS))) {
			this.contracts.find(socialLeaseId)
				.ifPresent((contract) -> this.sagaNotices.completed(contract, takeoverDate));
		}
	}

	@Transactional
	void takeoverApproved(UUID socialLeaseId, LocalDate approvedOn) {
		if (this.contracts.takeoverApproved(socialLeaseId, approvedOn, this.clock.instant())) {
			this.contracts.find(socialLeaseId).ifPresent((contract) -> this.sagaNotices.approved(contract, approvedOn));
		}
		else {
			log.info("No contract {} to record the takeover approval of {} on (or already recorded)", socialLeaseId,
					approvedOn);
		}
	}

	@Transactional
	void takeoverRefused(UUID socialLeaseId, String reason, LocalDate refusedOn) {
		if (this.contracts.takeoverRefused(socialLeaseId, reason, refusedOn, this.clock.instant())) {
			this.contracts.find(socialLeaseId)
				.ifPresent((contract) -> this.sagaNotices.refused(contract, reason, refusedOn));
		}
	}

	/**
	 * @param leaseId a contract's lease
	 * @return the steps of its takeover so far
	 */
	@Transactional(readOnly = true)
	Optional<TakeoverSteps> steps(UUID leaseId) {
		return this.contracts.steps(leaseId);
	}

	@Transactional
	void lastingSolutionChanged(String objectNumber, String leaseType, boolean lasting, LocalDate reviewOn) {
		LocalDate today = today();
		List<UUID> leases = this.contracts.lasting(objectNumber, leaseType, lasting, reviewOn, today,
				this.clock.instant());
		if (leases.isEmpty()) {
			log.info("No running {} contract of {} to mark as lasting ({})", leaseType, objectNumber, lasting);
		}
		leases.forEach((lease) -> evaluate(lease, today));
	}

	@Transactional
	void guaranteeReleased(String objectNumber, LocalDate releasedOn) {
		if (this.contracts.guaranteeReleased(objectNumber, releasedOn, today(), this.clock.instant()).isEmpty()) {
			log.info("No running guarantee of {} to release", objectNumber);
		}
	}

	@Transactional
	void rentPaid(UUID leaseId, YearMonth month, LocalDate dueDate, LocalDate paidDate) {
		this.contracts.rentPaid(leaseId, month, dueDate, paidDate);
		evaluate(leaseId, today());
	}

	@Transactional
	void rentOverdue(UUID leaseId, YearMonth month, LocalDate dueDate) {
		this.contracts.rentOverdue(leaseId, month, dueDate);
		evaluate(leaseId, today());
	}

	@Transactional
	void disturbanceConcluded(UUID disturbanceId, UUID leaseId, LocalDate occurredOn, String outcome) {
		this.contracts.disturbance(disturbanceId, leaseId, occurredOn, outcome);
		evaluate(leaseId, today());
	}

	@Transactional
	void readinessAssessed(UUID eventId, UUID requestReference, String objectNumber, boolean ready,
			LocalDate assessedOn, String caseworker) {
		LocalDate today = today();
		this.contracts
			.readinessAssessed(eventId, requestReference, objectNumber, ready, assessedOn, caseworker, today,
					this.clock.instant())
			.forEach((lease) -> evaluate(lease, today));
	}

	/**
	 * @return the running contracts still evaluated, for the daily job
	 */
	@Transactional(readOnly = true)
	List<UUID> toEvaluate(LocalDate today) {
		return this.contracts.toEvaluate(today);
	}

	/**
	 * Sorts the contracts the daily job evaluates by whether their stored status or
	 * expected day would change today: reads every such contract's facts in a few
	 * set-based queries and judges them in memory with the same {@link TakeoverRules}.
	 * Those that would change (or could not be judged) are for {@link #evaluate}, which
	 * reads their facts again in its own transaction and records the change; the others
	 * only need {@link #evaluatedUnchanged}.
	 * @param today the day
	 * @return the contracts sorted
	 */
	@Transactional(readOnly = true)
	DailyTriage triage(LocalDate today) {
		TakeoverCriteria criteria = criteria(today.getYear());
		List<UUID> changing = new ArrayList<>();
		List<UUID> unchanged = new ArrayList<>();
		for (ContractRepository.StoredState state : this.contracts.statesToEvaluate(today)) {
			try {
				Evaluation evaluation = TakeoverRules.evaluate(state.facts(), criteria, today);
				LocalDate expectedOn = evaluation.transferable() ? null : evaluation.expectedOn();
				if (evaluation.transferable() == state.transferable()
						&& Objects.equals(expectedOn, state.expectedOn())) {
					unchanged.add(state.leaseId());
				}
				else {
					changing.add(state.leaseId());
				}
			}
			catch (RuntimeException ex) {
				changing.add(state.leaseId());
			}
		}
		return new DailyTriage(changing, unchanged);
	}

	/**
	 * Records that the contracts were evaluated today and stay as they were.
	 * @param leaseIds the contracts' leases, from {@link DailyTriage#unchanged()}
	 * @param today the day
	 */
	@Transactional
	void evaluatedUnchanged(List<UUID> leaseIds, LocalDate today) {
		this.contracts.evaluatedUnchanged(leaseIds, today);
	}

	/**
	 * Evaluates one contract on a day and records a change of its status.
	 * @param leaseId the contract's lease
	 * @param today the day
	 * @return whether its status changed
	 */
	@Transactional
	public boolean evaluate(UUID leaseId, LocalDate today) {
		Contract contract = this.contracts.find(leaseId).orElse(null);
		if (contract == null || !contract.evaluated() || !contract.runningOn(today)) {
			return false;
		}
		Evaluation evaluation = TakeoverRules.evaluate(this.contracts.facts(contract), criteria(today.getYear()),
				today);
		LocalDate expectedOn = evaluation.transferable() ? null : evaluation.expectedOn();
		this.contracts.evaluated(leaseId, today, expectedOn);
		if (!this.contracts.changeStatus(leaseId, evaluation.transferable(), today)) {
			return false;
		}
		this.outbox.append(AllocationEvents.TRANSFERABILITY_CHANGED, leaseId,
				new TransferabilityChanged(leaseId, contract.apartmentId(), contract.objectNumber(),
						contract.leaseType(), contract.requestReference(), evaluation.transferable(), today,
						expectedOn));
		TransferabilityChange change = new TransferabilityChange(leaseId, contract.apartmentId(),
				contract.objectNumber(), contract.leaseType(), contract.requestReference(), contract.caseworker(),
				evaluation.transferable(), today, expectedOn,
				evaluation.criteria().stream().filter((r) -> !r.met()).map(CriterionResult::criterion).toList());
		this.listeners.orderedStream().forEach((listener) -> listener.transferabilityChanged(change));
		log.info("Contract {} of {} is {} transferable", leaseId, contract.objectNumber(),
				evaluation.transferable() ? "now" : "no longer");
		return true;
	}

	/**
	 * @param today the day
	 * @return the contracts to remind of today: transferable for the agreement's reminder
	 * days without an approved takeover, and not reminded of for as many days; none when
	 * the agreement says never (0)
	 */
	@Transactional(readOnly = true)
	List<UUID> remindersDue(LocalDate today) {
		int days = reminderDays(today.getYear());
		return (days > 0) ? this.contracts.remindersDue(today, today.minusDays(days)) : List.of();
	}

	/**
	 * Reminds the responsible caseworker and the letting staff of a contract still
	 * transferable without an approved takeover, once per interval.
	 * @param leaseId the contract's lease
	 * @param today the day
	 * @return whether this call reminded
	 */
	@Transactional
	public boolean remind(UUID leaseId, LocalDate today) {
		int days = reminderDays(today.getYear());
		if (days <= 0 || !this.contracts.reminded(leaseId, today, today.minusDays(days), this.clock.instant())) {
			return false;
		}
		this.contracts.find(leaseId).ifPresent((contract) -> this.sagaNotices.reminder(contract));
		return true;
	}

	private int reminderDays(int year) {
		return this.agreements.inForce(year)
			.map((agreement) -> agreement.terms().takeoverReminderDays())
			.orElse(AgreementTerms.DEFAULT_REMINDER_DAYS);
	}

	/**
	 * @param caseworker only this caseworker's contracts, or {@code null} for all
	 * @return the running contracts, by object number
	 */
	@Transactional(readOnly = true)
	List<Contract> running(String caseworker) {
		return this.contracts.running(today(), caseworker);
	}

	/**
	 * @param leaseId a contract's lease
	 * @return the contract with its criteria judged today, if it is followed
	 */
	@Transactional(readOnly = true)
	Optional<Explained> explain(UUID leaseId) {
		LocalDate today = today();
		return this.contracts.find(leaseId).map((contract) -> {
			TakeoverCriteria criteria = criteria(today.getYear());
			return new Explained(contract, criteria,
					TakeoverRules.evaluate(this.contracts.facts(contract), criteria, today));
		});
	}

	LocalDate today() {
		return LocalDate.now(this.clock);
	}

	private TakeoverCriteria criteria(int year) {
		return this.agreements.inForce(year)
			.map((agreement) -> criteria(agreement.terms()))
			.orElse(TakeoverCriteria.DEFAULTS);
	}

	private static TakeoverCriteria criteria(AgreementTerms terms) {
		TakeoverCriteria d = TakeoverCriteria.DEFAULTS;
		return new TakeoverCriteria(or(terms.takeoverContractMonths(), d.contractMonths()),
				or(terms.takeoverOnTimeRentMonths(), d.onTimeRentMonths()),
				or(terms.takeoverPaymentGraceDays(), d.graceDays()),
				or(terms.takeoverDisturbanceFreeMonths(), d.disturbanceFreeMonths()),
				or(terms.takeoverReadinessMaxAgeMonths(), d.readinessMaxAgeMonths()));
	}

	private static int or(Integer value, int otherwise) {
		return (value != null) ? value : otherwise;
	}

	/**
	 * A contract with its criteria judged today.
	 *
	 * @param contract the contract
	 * @param criteria the criteria in force
	 * @param evaluation how it stands today
	 */
	record Explained(Contract contract, TakeoverCriteria criteria, Evaluation evaluation) {
	}

	/**
	 * The daily job's contracts, sorted by {@link #triage}.
	 *
	 * @param changing those whose status or expected day changes today, or that could not
	 * be judged in the batch
	 * @param unchanged those that stay as they are
	 */
	record DailyTriage(List<UUID> changing, List<UUID> unchanged) {

		DailyTriage {
			changing = List.copyOf(changing);
			unchanged = List.copyOf(unchanged);
		}

		int size() {
			return this.changing.size() + this.unchanged.size();
		}

	}

}
