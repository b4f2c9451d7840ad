package se.bostadsbryggan.allocation.apartment;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.bostadsbryggan.contracts.housing.ApartmentRegistered;
import se.bostadsbryggan.web.ProblemException;

/**
 * The apartments available for re-letting: kept up to date from the housing company's
 * events, read by the shared workflow's pages and API.
 */
@Service
public class AvailableApartments {

	private static final Logger log = LoggerFactory.getLogger(AvailableApartments.class);

	private final ApartmentRepository apartments;

	private final Clock clock;

	AvailableApartments(ApartmentRepository apartments, Clock clock) {
		this.apartments = apartments;
		this.clock = clock;
	}

	/**
	 * The housing company registered an apartment (or sent its details again).
	 * @param apartment the apartment's details
	 */
	@Transactional
	public void registered(ApartmentRegistered apartment) {
		this.apartments.saveDetails(apartment, this.clock.instant());
		log.info("Apartment {} ({}) is known to the shared workflow", apartment.objectNumber(),
				apartment.apartmentId());
	}

	/**
	 * The housing company reported an apartment vacant for re-letting: it becomes
	 * available and the vacancy joins the apartment's history.
	 * @param eventId the id of the event that reported it, one vacancy per event
	 * @param apartmentId the apartment
	 * @param objectNumber its object number
	 * @param availableFrom the first day it can be let
	 * @param reportedAt when the housing company reported it
	 */
	@Transactional
	public void vacated(UUID eventId, UUID apartmentId, String objectNumber, LocalDate availableFrom,
			Instant reportedAt) {
		// Events of one apartment share a Kafka key, so its registration normally comes
		// first. Should a vacancy still arrive first (the registration lost to a topic's
		// retention, say), waiting for it with retries would block the partition and end
		// on
		// the dead-letter topic although nothing is wrong with the vacancy. So the
		// vacancy is
		// kept with what it tells (object number and date) and the registration fills in
		// the rest when it comes.
		this.apartments.markAvailable(apartmentId, objectNumber, availableFrom, this.clock.instant());
		this.apartments.insertVacancy(apartmentId, eventId, availableFrom, reportedAt);
		log.info("Apartment {} ({}) is available for re-letting from {}", objectNumber, apartmentId, availableFrom);
	}

	/**
	 * The housing company let the apartment: it is no longer available.
	 * @param apartmentId the apartment
	 */
	@Transactional
	public void let(UUID apartmentId) {
		if (this.apartments.markLet(apartmentId, this.clock.instant())) {
			log.info("Apartment {} is let and no longer available", apartmentId);
		}
	}

	/**
	 * Housing staff offer a vacant apartment for a social contract, or withdraw it; the
	 * apartment records who did it and when.
	 * @param apartmentId the apartment
	 * @param offered {@code true} to offer, {@code false} to withdraw
	 * @param by the username of who did it
	 * @throws ProblemException (404) for an unknown apartment, (409) for one that is not
	 * vacant or whose details have not arrived
	 */
	@Transactional
	public void offerForSocialContract(UUID apartmentId, boolean offered, String by) {
		get(apartmentId);
		if (!this.apartments.offerForSocialContract(apartmentId, offered, by, this.clock.instant())) {
			throw ProblemException.conflict("apartment-not-vacant", apartmentId);
		}
		log.info("Apartment {} {} for a social contract by {}", apartmentId, offered ? "offered" : "withdrawn", by);
	}

	/**
	 * An offer reserves the apartment: no other offer can be made for it until it ends.
	 * @param apartmentId the apartment
	 * @param offerId the offer
	 * @return whether the apartment was offered for a social contract and in no other
	 * offer
	 */
	@Transactional
	public boolean reserve(UUID apartmentId, UUID offerId) {
		return this.apartments.reserve(apartmentId, offerId);
	}

	/**
	 * The offer ended without a placement: the apartment is available for offers again.
	 * @param apartmentId the apartment
	 * @param offerId the offer that reserved it
	 */
	@Transactional
	public void release(UUID apartmentId, UUID offerId) {
		this.apartments.release(apartmentId, offerId);
	}

	/**
	 * A placement took the apartment: it is no longer available.
	 * @param apartmentId the apartment
	 */
	@Transactional
	public void take(UUID apartmentId) {
		this.apartments.take(apartmentId, this.clock.instant());
		log.info("Apartment {} is taken by a placement", apartmentId);
	}

	/**
	 * The housing company could not sign a placement of the apartment. Let, or unknown to
	 * the housing company: it is withdrawn from the available ones. Otherwise (the object
	 * number did not match) it is available again from its latest vacancy, but not
	 * offered for a social contract until housing staff offer it again.
	 * @param apartmentId the apartment
	 * @param stillVacant whether the housing company may still have it vacant
	 */
	@Transactional
	public void placementRefused(UUID apartmentId, boolean stillVacant) {
		if (stillVacant) {
			this.apartments.availableAgain(apartmentId, this.clock.instant());
			log.info("Apartment {} is available again after a refused placement", apartmentId);
		}
		else {
			this.apartments.withdraw(apartmentId, this.clock.instant());
			log.info("Apartment {} is withdrawn after a refused placement", apartmentId);
		}
	}

	/**
	 * @return the vacant apartments offered for a social contract and in no open offer,
	 * the earliest available first
	 */
	@Transactional(readOnly = true)
	public List<Apartment> offeredForSocialContract() {
		return this.apartments.findOfferedForSocialContract();
	}

	/**
	 * @return the apartments available for re-letting, the earliest available first, then
	 * by object number
	 */
	@Transactional(readOnly = true)
	public List<Apartment> available() {
		return this.apartments.findAvailable();
	}

	/**
	 * @param apartmentId the apartment's id
	 * @return the apartment, available or not
	 * @throws ProblemException (404) for an apartment allocation does not know
	 */
	@Transactional(readOnly = true)
	public Apartment get(UUID apartmentId) {
		return this.apartments.find(apartmentId)
			.orElseThrow(() -> ProblemException.notFound("apartment-not-found", apartmentId));
	}

}
