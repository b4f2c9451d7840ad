package se.bostadsbryggan.allocation.offer;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.bostadsbryggan.allocation.agreement.Agreement;
import se.bostadsbryggan.allocation.agreement.AgreementService;
import se.bostadsbryggan.allocation.agreement.AgreementTerms;
import se.bostadsbryggan.allocation.apartment.Apartment;
import se.bostadsbryggan.allocation.apartment.AvailableApartments;
import se.bostadsbryggan.allocation.matching.Matching;
import se.bostadsbryggan.allocation.matching.MatchingService;
import se.bostadsbryggan.allocation.matching.Reason;
import se.bostadsbryggan.allocation.notification.Audience;
import se.bostadsbryggan.allocation.notification.Notifications;
import se.bostadsbryggan.allocation.quota.QuotaService;
import se.bostadsbryggan.allocation.request.HousingRequest;
import se.bostadsbryggan.allocation.request.HousingRequestQueue;
import se.bostadsbryggan.allocation.request.PersonHashes;
import se.bostadsbryggan.allocation.spread.Concentration;
import se.bostadsbryggan.allocation.spread.Spread;
import se.bostadsbryggan.audit.Actor;
import se.bostadsbryggan.audit.AuditEvent;
import se.bostadsbryggan.audit.AuditLog;
import se.bostadsbryggan.audit.Outcome;
import se.bostadsbryggan.contracts.allocation.AllocationEvents;
import se.bostadsbryggan.contracts.allocation.ConflictCheckRequested;
import se.bostadsbryggan.contracts.allocation.PersonHash;
import se.bostadsbryggan.contracts.allocation.PlacementAgreed;
import se.bostadsbryggan.contracts.housing.ConflictCheckAnswered;
import se.bostadsbryggan.contracts.housing.PlacementRefused;
import se.bostadsbryggan.messaging.Outbox;
import se.bostadsbryggan.web.ProblemException;

/**
 * Offers of apartments for housing requests, their conflict check, answer and lapse, and
 * the placement an accepted offer becomes. Every change and its event commit together
 * (the outbox), and every offer, answer, lapse and placement is audited.
 * <p>
 * The conflict check is made both ways: locally, the request's client must not be a
 * conflict person of a request already placed in the stairwell; remotely, the housing
 * company answers whether any of the request's conflict persons lives there. Neither side
 * learns who. The offer is {@code CHECKING} until the answer arrives, and blocked if it
 * does not arrive in time.
 */
@Service
public class OfferService {

	private static final Logger log = LoggerFactory.getLogger(OfferService.class);

	private static final Actor SYSTEM = new Actor(null, "allocation-service", "Bostadsbryggan", null, null, Set.of(),
			null);

	private final OfferRepository offers;

	private final AvailableApartments apartments;

	private final HousingRequestQueue requests;

	private final MatchingService matching;

	private final Spread spread;

	private final QuotaService quotas;

	private final AgreementService agreements;

	private final Outbox outbox;

	private final AuditLog audit;

	private final JsonMapper json;

	private final Clock clock;

	private final OfferProperties properties;

	private final Notifications notifications;

	OfferService(OfferRepository offers, AvailableApartments apartments, HousingRequestQueue requests,
			MatchingService matching, Spread spread, QuotaService quotas, AgreementService agreements, Outbox outbox,
			AuditLog audit, JsonMapper json, Clock clock, OfferProperties properties, Notifications notifications) {
		this.offers = offers;
		this.apartments = apartments;
		this.requests = requests;
		this.matching = matching;
		this.spread = spread;
		this.quotas = quotas;
		this.agreements = agreements;
		this.outbox = outbox;
		this.audit = audit;
		this.json = json;
		this.clock = clock;
		this.properties = properties;
		this.notifications = notifications;
	}

	/**
	 * The housing company offers an apartment for a waiting request. Refused, with
	 * nothing written, when the pair does not fit, was declined before, the apartment is
	 * blocked by the spread rules, either is in an open offer, or the quota has no slot
	 * left. Otherwise the offer starts its conflict check: blocked at once if the client
	 * is a conflict person of someone placed in the stairwell, else checking until the
	 * housing company answers.
	 * @param apartmentId the apartment, offered for a social contract
	 * @param reference the waiting request
	 * @return the offer
	 */
	@Transactional
	public Offer offer(UUID apartmentId, UUID reference) {
		Actor actor = Actor.current();
		Apartment apartment = this.apartments.get(apartmentId);
		HousingRequest request = this.requests.get(reference);
		if (!apartment.available() || !apartment.forSocialContract()) {
			throw ProblemException.conflict("apartment-not-offered", apartment.objectNumber());
		}
		if (!"WAITING".equals(request.status())) {
			throw ProblemException.conflict("request-not-waiting", request.shortReference());
		}
		if (this.requests.declinedApartments(reference).contains(apartmentId)) {
			throw ProblemException.conflict("offer-declined-before", request.shortReference(),
					apartment.objectNumber());
		}
		if (!Matching.reasons(apartment, request).stream().allMatch(Reason::passed)) {
			throw ProblemException.conflict("offer-does-not-fit", request.shortReference(), apartment.objectNumber());
		}
		refuseIfSpreadBlocks(apartment);
		Snapshot snapshot = snapshot(apartment, reference);
		LocalDate today = LocalDate.now(this.clock);
		QuotaService.Slots slots = this.quotas.lock(today.getYear());
		if (!slots.leftForOffer()) {
			throw ProblemException.conflict("quota-used-up", today.getYear());
		}
		UUID id = UUID.randomUUID();
		if (!this.apartments.reserve(apartmentId, id)) {
			throw ProblemException.conflict("apartment-in-open-offer", apartment.objectNumber());
		}
		if (!this.requests.offered(reference)) {
			throw ProblemException.conflict("request-not-waiting", request.shortReference());
		}
		Instant now = this.clock.instant().truncatedTo(ChronoUnit.MICROS);
		String snapshotJson = this.json.writeValueAsString(snapshot);
		Map<String, Object> details = new LinkedHashMap<>();
		details.put("apartmentId", apartmentId.toString());
		details.put("offerId", id.toString());
		if (this.requests.clientIsConflictPersonIn(reference, apartment.stairwell())) {
			// The local half of the check fails: the offer is blocked at once, the
			// apartment and the request are free again, and nothing says who.
			this.offers.insert(id, today.getYear(), reference, apartmentId, today, null, null, "BLOCKED",
					"LOCAL_CONFLICT", snapshotJson, actor.username(), now);
			this.apartments.release(apartmentId, id);
			this.requests.backToWaiting(reference);
			details.put("blockedRule", "LOCAL_CONFLICT");
			log.info("Offer {} of {} blocked by the local conflict check", id, apartment.objectNumber());
		}
		else {
			UUID checkId = UUID.randomUUID();
			this.offers.insert(id, today.getYear(), reference, apartmentId, today, checkId,
					now.plus(this.properties.checkTimeout()), "CHECKING", null, snapshotJson, actor.username(), now);
			PersonHashes hashes = this.requests.hashes(reference);
			this.outbox.append(AllocationEvents.CONFLICT_CHECK_REQUESTED, checkId,
					new ConflictCheckRequested(checkId, apartmentId, apartment.stairwell(),
							hashes.conflictPersons()
								.stream()
								.map((hash) -> new PersonHash(hash.keyId(), hash.hmacSha256()))
								.toList()));
			details.put("checkId", checkId.toString());
			log.info("Offer {} of {}: conflict check {} asked of the housing company", id, apartment.objectNumber(),
					checkId);
		}
		this.audit.record(actor,
				AuditEvent.of("OFFER_CREATE", "HOUSING_REQUEST", reference).purpose("MATCHING").details(details),
				Outcome.SUCCESS);
		return this.offers.find(id, null).orElseThrow();
	}

	/**
	 * The housing company answered a conflict check. An answer for an offer no longer
	 * checking (timed out, or a redelivery) changes nothing.
	 * @param checkId the check
	 * @param result the answer
	 */
	@Transactional
	public void conflictChecked(UUID checkId, ConflictCheckAnswered.Result result) {
		Optional<Offer> checking = this.offers.lockChecking(checkId);
		if (checking.isEmpty()) {
			log.info("Conflict check {} answered {}, but no offer waits for it", checkId, result);
			return;
		}
		Offer offer = checking.get();
		if (result == ConflictCheckAnswered.Result.NO_CONFLICT) {
			LocalDate answerBy = LocalDate.now(this.clock).plusDays(terms(offer.quotaYear()).offerAnswerDays());
			this.offers.open(offer.id(), answerBy);
			auditSystem("OFFER_OPEN", offer, Map.of("answerBy", answerBy.toString()));
			notifyCaseworker(offer, "OFFER_OPENED", "notice.offer.opened", offer.objectNumber(), answerBy.toString());
			log.info("Offer {} is open, to be answered by {}", offer.id(), answerBy);
		}
		else {
			block(offer, result.name());
		}
	}

	/**
	 * The local run's demo only: opens a checking offer as if the housing company had
	 * answered its conflict check with no conflict.
	 * @param id the offer
	 */
	@Transactional
	public void openForDemo(UUID id) {
		this.offers.checkId(id)
			.ifPresent((checkId) -> conflictChecked(checkId, ConflictCheckAnswered.Result.NO_CONFLICT));
	}

	/**
	 * @return whether any offer was ever made
	 */
	@Transactional(readOnly = true)
	public boolean anyOffer() {
		return this.offers.any();
	}

	/**
	 * Blocks the checking offers whose check was not answered in time.
	 * @return how many were blocked
	 */
	@Transactional
	public int blockUnansweredChecks() {
		int blocked = 0;
		for (UUID checkId : this.offers.checksOverdue(this.clock.instant())) {
			Optional<Offer> checking = this.offers.lockChecking(checkId);
			if (checking.isPresent()) {
				block(checking.get(), "CHECK_TIMED_OUT");
				blocked++;
			}
		}
		return blocked;
	}

	/**
	 * Lapses the open offers whose last day to answer has passed: the request waits
	 * again, the apartment is available again, and the pair is not proposed again.
	 * @return how many lapsed
	 */
	@Transactional
	public int lapseOverdue() {
		LocalDate today = LocalDate.now(this.clock);
		Instant now = this.clock.instant();
		int lapsed = 0;
		for (UUID id : this.offers.openPast(today)) {
			Optional<Offer> open = this.offers.lock(id, null).filter(Offer::open);
			if (open.isPresent()) {
				Offer offer = open.get();
				this.offers.answer(id, "LAPSED", null, SYSTEM.username(), now);
				release(offer, now);
				auditSystem("OFFER_LAPSE", offer, Map.of("answerBy", offer.answerBy().toString()));
				notifyCaseworker(offer, "OFFER_LAPSED", "notice.offer.lapsed", offer.objectNumber(),
						offer.answerBy().toString());
				log.info("Offer {} lapsed: not answered by {}", id, offer.answerBy());
				lapsed++;
			}
		}
		return lapsed;
	}

	/**
	 * The request's caseworker (or a social services manager) accepts or declines an open
	 * offer before its deadline. An accepted offer becomes a placement: under the year's
	 * quota lock, within the quota and the spread rules, with {@code PlacementAgreed} for
	 * the housing company to sign the social contract.
	 * @param id the offer
	 * @param answer the answer, validated
	 * @return the offer as answered
	 */
	@Transactional
	public Offer answer(UUID id, OfferAnswer answer) {
		Actor actor = Actor.current();
		AuditEvent event = AuditEvent.of("OFFER_ANSWER", "OFFER", id).purpose("MATCHING");
		Optional<Offer> found = this.offers.lock(id, HousingRequestQueue.scope(actor));
		if (found.isEmpty()) {
			this.audit.record(actor, event, Outcome.NOT_FOUND);
			throw ProblemException.notFound("offer-not-found", id);
		}
		Offer offer = found.get();
		LocalDate today = LocalDate.now(this.clock);
		if (!offer.open() || today.isAfter(offer.answerBy())) {
			throw ProblemException.conflict("offer-not-open", offer.objectNumber());
		}
		Instant now = this.clock.instant().truncatedTo(ChronoUnit.MICROS);
		Map<String, Object> details = new LinkedHashMap<>();
		details.put("answer", answer.accepted() ? "ACCEPT" : "DECLINE");
		details.put(AuditEvent.SUBJECTS, List.of(offer.requestReference().toString()));
		if (answer.accepted()) {
			QuotaService.Slots slots = this.quotas.lock(offer.quotaYear());
			if (!slots.leftForPlacement()) {
				throw ProblemException.conflict("quota-used-up", offer.quotaYear());
			}
			Apartment apartment = this.apartments.get(offer.apartmentId());
			refuseIfSpreadBlocks(apartment);
			UUID placementId = UUID.randomUUID();
			LocalDate tomorrow = today.plusDays(1);
			LocalDate start = (apartment.availableFrom() != null && apartment.availableFrom().isAfter(tomorrow))
					? apartment.availableFrom() : tomorrow;
			this.offers.answer(id, "ACCEPTED", null, actor.username(), now);
			this.offers.insertPlacement(placementId, offer, today, start, actor.username());
			if (!this.requests.placed(offer.requestReference())) {
				throw new IllegalStateException("The request of open offer " + id + " was not offered");
			}
			this.apartments.take(offer.apartmentId());
			this.outbox.append(AllocationEvents.PLACEMENT_AGREED, offer.apartmentId(), new PlacementAgreed(placementId,
					offer.apartmentId(), apartment.objectNumber(), offer.requestReference(), start));
			details.put("placementId", placementId.toString());
			details.put("startDate", start.toString());
			this.audit.record(actor,
					AuditEvent.of("PLACEMENT_CREATE", "HOUSING_REQUEST", offer.requestReference())
						.purpose("MATCHING")
						.details(Map.of("placementId", placementId.toString(), "offerId", id.toString())),
					Outcome.SUCCESS);
			this.notifications.notify("OFFER_ACCEPTED", Audience.housing(), "notice.offer.accepted", offerLink(offer),
					offer.objectNumber(), offer.shortReference(), start.toString());
			log.info("Offer {} accepted: placement {} of {} from {}", id, placementId, apartment.objectNumber(), start);
		}
		else {
			this.offers.answer(id, "DECLINED", answer.reason(), actor.username(), now);
			release(offer, now);
			details.put("reason", answer.reason().name());
			this.notifications.notify("OFFER_DECLINED", Audience.housing(), "notice.offer.declined", offerLink(offer),
					offer.objectNumber(), offer.shortReference());
			log.info("Offer {} declined ({})", id, answer.reason());
		}
		this.audit.record(actor, event.details(details), Outcome.SUCCESS);
		return this.offers.find(id, null).orElseThrow();
	}

	/**
	 * The housing company signed the social contract of a placement.
	 * @param placementId the placement
	 * @param leaseId the lease
	 */
	@Transactional
	public void leaseSigned(UUID placementId, UUID leaseId) {
		if (this.offers.sign(placementId, leaseId, this.clock.instant())) {
			this.audit.record(SYSTEM,
					AuditEvent.of("PLACEMENT_SIGNED", "PLACEMENT", placementId)
						.purpose("MATCHING")
						.details(Map.of("leaseId", leaseId.toString())),
					Outcome.SUCCESS);
			log.info("Placement {} signed as lease {}", placementId, leaseId);
		}
	}

	/**
	 * The housing company could not sign the social contract of a placement: the
	 * placement is refused with the reason, no longer uses the quota nor counts in the
	 * spread, and its request waits in the queue again. An apartment let or unknown to
	 * the housing company is withdrawn; one whose object number did not match is
	 * available again, not offered. A placement already signed or refused (a redelivery)
	 * is left alone.
	 * @param placementId the placement
	 * @param reason why the housing company could not sign
	 */
	@Transactional
	public void placementRefused(UUID placementId, PlacementRefused.Reason reason) {
		Optional<Placement> agreed = this.offers.lockAgreed(placementId);
		if (agreed.isEmpty()) {
			log.info("Placement {} refused ({}), but no agreed placement has that id", placementId, reason);
			return;
		}
		Placement placement = agreed.get();
		this.offers.refuse(placementId, reason.name(), this.clock.instant());
		if (!this.requests.unplaced(placement.requestReference())) {
			log.warn("The request of refused placement {} was not placed", placementId);
		}
		this.apartments.placementRefused(placement.apartmentId(),
				reason == PlacementRefused.Reason.OBJECT_NUMBER_MISMATCH);
		this.audit.record(SYSTEM,
				AuditEvent.of("PLACEMENT_REFUSED", "HOUSING_REQUEST", placement.requestReference())
					.purpose("MATCHING")
					.details(Map.of("placementId", placementId.toString(), "reason", reason.name())),
				Outcome.SUCCESS);
		String textKey = "notice.placement.refused." + reason.name();
		this.notifications.notify("PLACEMENT_REFUSED", Audience.housing(), textKey, "/allocation/placements",
				placement.objectNumber(), placement.shortReference());
		if (placement.caseworker() != null) {
			this.notifications.notify("PLACEMENT_REFUSED", Audience.user(placement.caseworker()), textKey,
					"/allocation/placements", placement.objectNumber(), placement.shortReference());
		}
		log.info("Placement {} refused by the housing company ({}): {} waits again", placementId, reason,
				placement.shortReference());
	}

	/**
	 * Social services shared the subtenant's identity of a placement with the housing
	 * company, or said why not. Only the status is kept.
	 * @param placementId the placement
	 * @param status {@code SHARED}, or the reason it is withheld
	 */
	@Transactional
	public void identityStatus(UUID placementId, String status) {
		Optional<UUID> request = this.offers.identity(placementId, status, this.clock.instant());
		if (request.isEmpty()) {
			log.info("Identity status {} of placement {}, which is unknown here", status, placementId);
			return;
		}
		this.audit.record(SYSTEM,
				AuditEvent.of("PLACEMENT_IDENTITY", "HOUSING_REQUEST", request.get())
					.purpose("MATCHING")
					.details(Map.of("placementId", placementId.toString(), "identityStatus", status)),
				Outcome.SUCCESS);
		log.info("Placement {}: subtenant identity {}", placementId, status);
	}

	/**
	 * @return the offers the caller may see: open first, by deadline
	 */
	@Transactional
	public List<Offer> list() {
		List<Offer> list = this.offers.list(HousingRequestQueue.scope(Actor.current()));
		auditList("OFFER_LIST", "OFFER", list.stream().map((o) -> o.requestReference().toString()).toList());
		return list;
	}

	/**
	 * For the in-app notice: a count, no request shown, so not audited.
	 * @return how many open offers the caller may answer (their own requests' for a
	 * caseworker, all for a social services manager; none for anyone else)
	 */
	@Transactional(readOnly = true)
	public int openToAnswer() {
		Actor actor = Actor.current();
		if (!actor.hasRole("SOCIAL_CASEWORKER") && !actor.hasRole("SOCIAL_MANAGER")) {
			return 0;
		}
		return this.offers.countOpen(HousingRequestQueue.scope(actor));
	}

	/**
	 * @param id an offer
	 * @return the offer, if the caller may see it
	 */
	@Transactional
	public Offer get(UUID id) {
		AuditEvent event = AuditEvent.of("OFFER_VIEW", "OFFER", id).purpose("MATCHING");
		Optional<Offer> offer = this.offers.find(id, HousingRequestQueue.scope(Actor.current()));
		if (offer.isEmpty()) {
			this.audit.record(event, Outcome.NOT_FOUND);
			throw ProblemException.notFound("offer-not-found", id);
		}
		this.audit.record(
				event.details(Map.of(AuditEvent.SUBJECTS, List.of(offer.get().requestReference().toString()))),
				Outcome.SUCCESS);
		return offer.get();
	}

	/**
	 * @param offer an offer
	 * @return its snapshot
	 */
	public Snapshot snapshotOf(Offer offer) {
		return this.json.readValue(offer.snapshot(), Snapshot.class);
	}

	/**
	 * @return the placements the caller may see, the latest first
	 */
	@Transactional
	public List<Placement> placements() {
		List<Placement> list = this.offers.placements(HousingRequestQueue.scope(Actor.current()));
		auditList("PLACEMENT_LIST", "PLACEMENT", list.stream().map((p) -> p.requestReference().toString()).toList());
		return list;
	}

	private void block(Offer offer, String rule) {
		this.offers.block(offer.id(), rule);
		release(offer, null);
		auditSystem("OFFER_BLOCK", offer, Map.of("blockedRule", rule));
		log.info("Offer {} blocked: {}", offer.id(), rule);
	}

	/** The offer ended without a placement; a decline or a lapse remembers the pair. */
	private void release(Offer offer, Instant declinedAt) {
		this.apartments.release(offer.apartmentId(), offer.id());
		this.requests.backToWaiting(offer.requestReference());
		if (declinedAt != null) {
			this.requests.declined(offer.requestReference(), offer.apartmentId(), declinedAt);
		}
	}

	private void notifyCaseworker(Offer offer, String kind, String textKey, String... args) {
		if (offer.caseworker() != null) {
			this.notifications.notify(kind, Audience.user(offer.caseworker()), textKey, offerLink(offer), args);
		}
	}

	private static String offerLink(Offer offer) {
		return "/allocation/offers/" + offer.id();
	}

	private void refuseIfSpreadBlocks(Apartment apartment) {
		List<Reason> blocked = Matching.blocked(withUnsigned(this.spread.of(apartment.stairwell())));
		if (!blocked.isEmpty()) {
			throw ProblemException.conflict("apartment-blocked-by-spread", apartment.objectNumber());
		}
	}

	/** The concentration with the placements agreed but not yet signed counted too. */
	private Concentration withUnsigned(Concentration c) {
		int[] unsigned = this.offers.unsignedPlacements(c.stairwell(), c.property());
		return new Concentration(c.stairwell(), c.property(), c.socialContracts() + unsigned[0], c.guarantees(),
				c.stairwellLimit(), c.propertyCount() + unsigned[1], c.propertyApartments(), c.propertyLimit());
	}

	private Snapshot snapshot(Apartment apartment, UUID chosen) {
		MatchingService.ApartmentMatches matches = this.matching.forApartment(apartment.apartmentId());
		List<Snapshot.Candidate> candidates = new ArrayList<>();
		int rank = 1;
		for (MatchingService.RequestMatch match : matches.fitting()) {
			HousingRequest request = match.request();
			candidates.add(new Snapshot.Candidate(rank++, request.shortReference(), request.submittedAt(),
					request.householdSize(), request.requestReference().equals(chosen),
					match.reasons().stream().map((r) -> new Snapshot.Rule(r.key(), r.arguments())).toList()));
		}
		LocalDate today = LocalDate.now(this.clock);
		Optional<Agreement> agreement = this.agreements.inForce(today.getYear());
		AgreementTerms terms = agreement.map(Agreement::terms).orElseGet(AgreementTerms::defaults);
		Concentration concentration = withUnsigned(this.spread.of(apartment.stairwell()));
		return new Snapshot(this.clock.instant(), agreement.map(Agreement::version).orElse(null),
				terms.maxPerStairwell(), terms.maxPerPropertyPercent(), terms.offerAnswerDays(), concentration.total(),
				candidates);
	}

	private AgreementTerms terms(int year) {
		return this.agreements.inForce(year).map(Agreement::terms).orElseGet(AgreementTerms::defaults);
	}

	private void auditSystem(String action, Offer offer, Map<String, Object> more) {
		Map<String, Object> details = new LinkedHashMap<>(more);
		details.put("offerId", offer.id().toString());
		this.audit.record(SYSTEM,
				AuditEvent.of(action, "HOUSING_REQUEST", offer.requestReference()).purpose("MATCHING").details(details),
				Outcome.SUCCESS);
	}

	private void auditList(String action, String subjectType, List<String> subjects) {
		Map<String, Object> details = new LinkedHashMap<>();
		details.put("rows", subjects.size());
		details.put(AuditEvent.SUBJECTS, subjects);
		this.audit.record(AuditEvent.of(action, subjectType, null).purpose("MATCHING").details(details),
				Outcome.SUCCESS);
	}

}
