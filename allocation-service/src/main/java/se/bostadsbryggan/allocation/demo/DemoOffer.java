package se.bostadsbryggan.allocation.demo;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
import se.bostadsbryggan.allocation.matching.MatchingService;
import se.bostadsbryggan.allocation.offer.Offer;
import se.bostadsbryggan.allocation.offer.OfferService;
import se.bostadsbryggan.web.ProblemException;

/**
 * The local run's demo offer: once the other services' demo events have brought
 * apartments, requests and last year's turnover, the first vacant apartment that fits a
 * waiting request and no spread rule blocks is offered for it by a demo letting officer,
 * and the offer is opened at once, as if the housing company had answered its conflict
 * check (the housing company's real answer then changes nothing). Runs until the demo has
 * an offer.
 */
@Component
@ConditionalOnBooleanProperty("bb.demo.enabled")
class DemoOffer {

	private static final Logger log = LoggerFactory.getLogger(DemoOffer.class);

	private final OfferService offers;

	private final AvailableApartments apartments;

	private final MatchingService matching;

	private volatile boolean done;

	DemoOffer(OfferService offers, AvailableApartments apartments, MatchingService matching) {
		this.offers = offers;
		this.apartments = apartments;
		this.matching = matching;
	}

	@Scheduled(initialDelayString = "${bb.demo.offer-interval:15s}", fixedDelayString = "${bb.demo.offer-interval:15s}")
	void offerOnce() {
		if (this.done) {
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
			if (!apartment.forSocialContract()) {
				this.apartments.offerForSocialContract(apartment.apartmentId(), true, "demo");
			}
			List<MatchingService.RequestMatch> fitting = this.matching.forApartment(apartment.apartmentId()).fitting();
			if (fitting.isEmpty()) {
				this.apartments.offerForSocialContract(apartment.apartmentId(), false, "demo");
				continue;
			}
			UUID reference = fitting.get(0).request().requestReference();
			Offer offer = this.offers.offer(apartment.apartmentId(), reference);
			this.offers.openForDemo(offer.id());
			log.info("Demo data: apartment {} offered for request {}, open", apartment.objectNumber(),
					offer.shortReference());
			return Optional.of(offer);
		}
		return Optional.empty();
	}

	private static JwtAuthenticationToken demoLettingOfficer() {
		Jwt jwt = new Jwt("demo", Instant.now(), Instant.now().plusSeconds(60), Map.of("alg", "none"),
				Map.of("sub", "demo", "preferred_username", "demo", "name", "Demodata", "org", "HOUSING"));
		return new JwtAuthenticationToken(jwt, List.of(new SimpleGrantedAuthority("ROLE_HOUSING_STAFF")));
	}

}
