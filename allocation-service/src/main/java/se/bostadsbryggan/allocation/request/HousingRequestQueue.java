package se.bostadsbryggan.allocation.request;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.bostadsbryggan.audit.Actor;
import se.bostadsbryggan.audit.AuditEvent;
import se.bostadsbryggan.audit.AuditLog;
import se.bostadsbryggan.audit.Outcome;
import se.bostadsbryggan.web.ProblemException;

/**
 * The queue of social services' pseudonymous housing requests, oldest first. The housing
 * company's staff and social services' managers see every request; a caseworker only
 * those they submitted. Requests are pseudonymous, but they are about clients, so every
 * read is audited.
 */
@Service
public class HousingRequestQueue {

	private static final Logger log = LoggerFactory.getLogger(HousingRequestQueue.class);

	private final HousingRequestRepository requests;

	private final AuditLog audit;

	HousingRequestQueue(HousingRequestRepository requests, AuditLog audit) {
		this.requests = requests;
		this.audit = audit;
	}

	/**
	 * Social services submitted a request: it joins the queue, waiting.
	 * @param request the request
	 * @param clientKeyId the key id of the client's hash
	 * @param clientHash the client's keyed hash
	 * @param conflictHashes key id and hash of each conflict person
	 */
	@Transactional
	public void submitted(HousingRequest request, String clientKeyId, String clientHash,
			List<String[]> conflictHashes) {
		this.requests.insert(request, clientKeyId, clientHash, conflictHashes);
		log.info("Housing request {} for {} people, {} rooms, joined the queue", request.shortReference(),
				request.householdSize(), request.roomsNeeded());
	}

	/**
	 * @return the waiting requests the caller may see, oldest first
	 */
	@Transactional
	public List<HousingRequest> waiting() {
		List<HousingRequest> waiting = this.requests.waiting(scope(Actor.current()));
		Map<String, Object> details = new LinkedHashMap<>();
		details.put("rows", waiting.size());
		details.put(AuditEvent.SUBJECTS, waiting.stream().map((r) -> r.requestReference().toString()).toList());
		this.audit.record(
				AuditEvent.of("HOUSING_REQUEST_LIST", "HOUSING_REQUEST", null).purpose("MATCHING").details(details),
				Outcome.SUCCESS);
		return waiting;
	}

	/**
	 * @param reference a request's reference
	 * @return the request, if the caller may see it
	 * @throws ProblemException (404) for one that does not exist or that the caller may
	 * not see (answered alike, and audited)
	 */
	@Transactional
	public HousingRequest get(UUID reference) {
		HousingRequest request = this.requests.find(reference, scope(Actor.current())).orElse(null);
		AuditEvent event = AuditEvent.of("HOUSING_REQUEST_VIEW", "HOUSING_REQUEST", reference).purpose("MATCHING");
		if (request == null) {
			this.audit.record(event, Outcome.NOT_FOUND);
			throw ProblemException.notFound("request-not-found", reference);
		}
		this.audit.record(event, Outcome.SUCCESS);
		return request;
	}

	/**
	 * For matching an apartment: the waiting requests the caller may see, not audited
	 * here; the matching service records the read with the requests it shows.
	 * @return the waiting requests the caller may see, oldest first
	 */
	@Transactional(readOnly = true)
	public List<HousingRequest> waitingForMatching() {
		return this.requests.waiting(scope(Actor.current()));
	}

	/**
	 * An offer was made for the waiting request.
	 * @param reference the request
	 * @return whether it was waiting (and is now offered)
	 */
	@Transactional
	public boolean offered(UUID reference) {
		return this.requests.move(reference, "WAITING", "OFFERED");
	}

	/**
	 * The request's offer ended without a placement: it waits in the queue again.
	 * @param reference the request
	 */
	@Transactional
	public void backToWaiting(UUID reference) {
		this.requests.move(reference, "OFFERED", "WAITING");
	}

	/**
	 * The request's offer was accepted: the request is placed.
	 * @param reference the request
	 * @return whether it was offered (and is now placed)
	 */
	@Transactional
	public boolean placed(UUID reference) {
		return this.requests.move(reference, "OFFERED", "PLACED");
	}

	/**
	 * The housing company could not sign the request's placement: it waits in the queue
	 * again.
	 * @param reference the request
	 * @return whether it was placed (and now waits again)
	 */
	@Transactional
	public boolean unplaced(UUID reference) {
		return this.requests.move(reference, "PLACED", "WAITING");
	}

	/**
	 * The request's caseworker declined the apartment (or let the offer lapse): the pair
	 * is never proposed again.
	 * @param reference the request
	 * @param apartmentId the apartment
	 * @param at when
	 */
	@Transactional
	public void declined(UUID reference, UUID apartmentId, Instant at) {
		this.requests.decline(reference, apartmentId, Timestamp.from(at));
	}

	/**
	 * @param reference a request
	 * @return the apartments it declined
	 */
	@Transactional(readOnly = true)
	public Set<UUID> declinedApartments(UUID reference) {
		return Set.copyOf(this.requests.declinedApartments(reference));
	}

	/**
	 * @param apartmentId an apartment
	 * @return the requests that declined it
	 */
	@Transactional(readOnly = true)
	public Set<UUID> declinedRequests(UUID apartmentId) {
		return Set.copyOf(this.requests.declinedRequests(apartmentId));
	}

	/**
	 * For the conflict check, not audited here (the offer is).
	 * @param reference a request
	 * @return the keyed hashes of its client and conflict persons
	 */
	@Transactional(readOnly = true)
	public PersonHashes hashes(UUID reference) {
		return this.requests.hashes(reference)
			.orElseThrow(() -> ProblemException.notFound("request-not-found", reference));
	}

	/**
	 * The local half of the conflict check: is the client among the conflict persons of
	 * anyone already placed in the stairwell?
	 * @param reference a request
	 * @param stairwell a stairwell
	 * @return whether the request's client is a conflict person of someone placed there
	 */
	@Transactional(readOnly = true)
	public boolean clientIsConflictPersonIn(UUID reference, String stairwell) {
		PersonHashes hashes = hashes(reference);
		return this.requests.conflictPersonOfPlacedIn(stairwell, hashes.clientKeyId(), hashes.clientHash());
	}

	/**
	 * The caller's scope: {@code null} (every request) for the housing company's staff
	 * and social services' managers; the username for a caseworker; a name nobody has for
	 * anyone else.
	 */
	public static String scope(Actor actor) {
		if (actor.hasRole("HOUSING_STAFF") || actor.hasRole("HOUSING_MANAGER") || actor.hasRole("SOCIAL_MANAGER")) {
			return null;
		}
		if (actor.hasRole("SOCIAL_CASEWORKER") && actor.username() != null) {
			return actor.username();
		}
		return "\u0000nobody";
	}

}
