package se.bostadsbryggan.allocation.demo;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import se.bostadsbryggan.allocation.apartment.Apartment;
import se.bostadsbryggan.allocation.apartment.AvailableApartments;
import se.bostadsbryggan.allocation.matching.Matching;
import se.bostadsbryggan.allocation.matching.MatchingService;
import se.bostadsbryggan.allocation.matching.Reason;
import se.bostadsbryggan.allocation.offer.Offer;
import se.bostadsbryggan.allocation.offer.OfferService;
import se.bostadsbryggan.allocation.request.HousingRequest;
import se.bostadsbryggan.allocation.request.HousingRequestQueue;
import se.bostadsbryggan.web.ProblemException;

/**
 * The local run's demo offer: once the other services' demo events have brought
 * apartments, requests and last year's turnover, the first vacant apartment that fits a
 * waiting request and no spread rule blocks is offered for it by a demo letting officer,
 * and the offer is opened at once, as if the housing company had answered its conflict
 * check (the housing company's real answer then changes nothing). Runs until the demo has
 * an offer, at most {@value #MAX_TRIES} times.
 * <p>
 * The fit is checked on the read model alone, with {@link Matching#reasons}: nothing is
 * offered for a social contract, withdrawn or audited until an apartment fits a waiting
 * request, so waiting for the demo events writes no rows and sends no events.
 */
@Component
@ConditionalOnBooleanProperty("bb.demo.enabled")
class DemoOffer {

	private static final Logger log = LoggerFactory.getLogger(DemoOffer.class);

	/** How often the demo tries before it gives up (an hour at the default 15 s). */
	static final int MAX_TRIES = 240;

	private final OfferService offers;

	private final AvailableApartments apartments;

	private final MatchingService matching;

	private final HousingRequestQueue requests;

	private volatile boolean done;

	private int tries;

	DemoOffer(OfferService offers, AvailableApartments apartments, MatchingService matching,
			HousingRequestQueue requests) {
		this.offers = offers;
		this.apartments = apartments;
		this.matching = matching;
		this.requests = requests;
	}

	@Scheduled(initialDelayString = "${bb.demo.offer-interval:15s}", fixedDelayString = "${bb.demo.offer-interval:15s}")
	void offerOnce() {
		if (this.done) {
			return;
		}
		if (++this.tries > MAX_TRIES) {
			this.done = true;
			log.info("Demo offer not made after {} tries: no vacant apartment fits a waiting request", MAX_TRIES);
			return;
		}
		SecurityContextHolder.getContext().setAuthentication(demoLettingOfficer());
		try {
			this.done = make().isPresent() || this.offers.anyOffer();
		}
		catch (ProblemException ex) {
			log.debug("Demo offer not made yet: {}", ex.code());
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

	/**
	 * @return the demo offer, once the demo data allows one
	 */
	Optional<Offer> make() {
		if (this.offers.anyOffer()) {
			return Optional.empty();
		}
		for (MatchingService.ApartmentRow row : this.matching.vacantApartments()) {
			Apartment apartment = row.apartment();
			if (!row.blocked().isEmpty() || !apartment.detailsKnown()) {
				continue;
			}
			Optional<UUID> fitting = firstFitting(apartment);
			if (fitting.isEmpty()) {
				continue;
			}
			if (!apartment.forSocialContract()) {
				this.apartments.offerForSocialContract(apartment.apartmentId(), true, "demo");
			}
			UUID reference = fitting.get();
			Offer offer = this.offers.offer(apartment.apartmentId(), reference);
			this.offers.openForDemo(offer.id());
			log.info("Demo data: apartment {} offered for request {}, open", apartment.objectNumber(),
					offer.shortReference());
			return Optional.of(offer);
		}
		return Optional.empty();
	}

	/**
	 * The first waiting request, in the matching's ranking, that fits the apartment and
	 * has not declined it; read without offering the apartment or auditing a matching.
	 */
	private Optional<UUID> firstFitting(Apartment apartment) {
		Set<UUID> declined = this.requests.declinedRequests(apartment.apartmentId());
		return this.requests.waitingForMatching()
			.stream()
			.filter((request) -> !declined.contains(request.requestReference()))
			.sorted(Matching.ranking(apartment))
			.filter((request) -> Matching.reasons(apartment, request).stream().allMatch(Reason::passed))
			.map(HousingRequest::requestReference)
			.findFirst();
	}

	private static JwtAuthenticationToken demoLettingOfficer() {
		Jwt jwt = new Jwt("demo", Instant.now(), Instant.now().plusSeconds(60), Map.of("alg", "none"),
				Map.of("sub", "demo", "preferred_username", "demo", "name", "Demodata", "org", "HOUSING"));
		return new JwtAuthenticationToken(jwt, List.of(new SimpleGrantedAuthority("ROLE_HOUSING_STAFF")));
	}

}
