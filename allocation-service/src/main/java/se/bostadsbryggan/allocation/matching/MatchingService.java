package se.bostadsbryggan.allocation.matching;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.bostadsbryggan.allocation.apartment.Apartment;
import se.bostadsbryggan.allocation.apartment.AvailableApartments;
import se.bostadsbryggan.allocation.request.HousingRequest;
import se.bostadsbryggan.allocation.request.HousingRequestQueue;
import se.bostadsbryggan.allocation.spread.Concentration;
import se.bostadsbryggan.allocation.spread.Spread;
import se.bostadsbryggan.audit.AuditEvent;
import se.bostadsbryggan.audit.AuditLog;
import se.bostadsbryggan.audit.Outcome;
import se.bostadsbryggan.web.ProblemException;

/**
 * Matches the vacant apartments the housing company offers for a social contract with the
 * waiting requests, both ways, by the rules of {@link Matching}.
 */
@Service
public class MatchingService {

	private final AvailableApartments apartments;

	private final HousingRequestQueue requests;

	private final Spread spread;

	private final AuditLog audit;

	MatchingService(AvailableApartments apartments, HousingRequestQueue requests, Spread spread, AuditLog audit) {
		this.apartments = apartments;
		this.requests = requests;
		this.spread = spread;
		this.audit = audit;
	}

	/**
	 * @return the vacant apartments, each with the spread rules that block it
	 */
	@Transactional(readOnly = true)
	public List<ApartmentRow> vacantApartments() {
		Map<String, Concentration> concentrations = concentrations();
		return this.apartments.available()
			.stream()
			.map((apartment) -> new ApartmentRow(apartment, blocked(apartment, concentrations)))
			.toList();
	}

	/**
	 * @param apartmentId an apartment offered for a social contract
	 * @return the waiting requests that fit, ranked, and those that do not, with reasons
	 */
	@Transactional
	public ApartmentMatches forApartment(UUID apartmentId) {
		Apartment apartment = this.apartments.get(apartmentId);
		if (!apartment.forSocialContract()) {
			throw ProblemException.conflict("apartment-not-offered", apartment.objectNumber());
		}
		List<RequestMatch> fitting = new ArrayList<>();
		List<RequestMatch> notFitting = new ArrayList<>();
		// A pair declined before is never proposed again.
		java.util.Set<UUID> declined = this.requests.declinedRequests(apartmentId);
		List<HousingRequest> waiting = new ArrayList<>(this.requests.waitingForMatching()
			.stream()
			.filter((request) -> !declined.contains(request.requestReference()))
			.toList());
		waiting.sort(Matching.ranking(apartment));
		for (HousingRequest request : waiting) {
			List<Reason> reasons = Matching.reasons(apartment, request);
			RequestMatch match = new RequestMatch(request, reasons);
			(match.fits() ? fitting : notFitting).add(match);
		}
		audit("MATCHING_APARTMENT_VIEW", "APARTMENT", apartmentId,
				waiting.stream().map((r) -> r.requestReference().toString()).toList());
		return new ApartmentMatches(apartment, blocked(apartment, Map.of()), fitting, notFitting);
	}

	/**
	 * @param reference a waiting request the caller may see
	 * @return the offered apartments that fit it (each with its blocking spread rules),
	 * and those that do not
	 */
	@Transactional
	public RequestMatches forRequest(UUID reference) {
		HousingRequest request = this.requests.get(reference);
		Map<String, Concentration> concentrations = concentrations();
		List<ApartmentMatch> fitting = new ArrayList<>();
		List<ApartmentMatch> notFitting = new ArrayList<>();
		java.util.Set<UUID> declined = this.requests.declinedApartments(reference);
		for (Apartment apartment : this.apartments.offeredForSocialContract()) {
			if (declined.contains(apartment.apartmentId())) {
				continue;
			}
			ApartmentMatch match = new ApartmentMatch(apartment, Matching.reasons(apartment, request),
					blocked(apartment, concentrations));
			(match.fits() ? fitting : notFitting).add(match);
		}
		fitting.sort(java.util.Comparator.comparing((ApartmentMatch m) -> !m.blocked().isEmpty())
			.thenComparingInt((ApartmentMatch m) -> m.apartment().rooms() - request.roomsNeeded())
			.thenComparing((ApartmentMatch m) -> m.apartment().availableFrom()));
		return new RequestMatches(request, fitting, notFitting);
	}

	private Map<String, Concentration> concentrations() {
		return this.spread.perStairwell()
			.stream()
			.collect(Collectors.toMap(Concentration::stairwell, Function.identity(), (a, b) -> a, LinkedHashMap::new));
	}

	private List<Reason> blocked(Apartment apartment, Map<String, Concentration> concentrations) {
		if (apartment.stairwell() == null) {
			return List.of();
		}
		Concentration concentration = concentrations.get(apartment.stairwell());
		return (concentration != null) ? Matching.blocked(concentration)
				: Matching.blocked(this.spread.of(apartment.stairwell()));
	}

	private void audit(String action, String subjectType, Object id, List<String> requests) {
		Map<String, Object> details = new LinkedHashMap<>();
		details.put("rows", requests.size());
		details.put(AuditEvent.SUBJECTS, requests);
		this.audit.record(AuditEvent.of(action, subjectType, id).purpose("MATCHING").details(details), Outcome.SUCCESS);
	}

	/**
	 * A vacant apartment on the apartments page.
	 *
	 * @param apartment the apartment
	 * @param blocked the spread rules that block it, empty when none
	 */
	public record ApartmentRow(Apartment apartment, List<Reason> blocked) {
	}

	/**
	 * A request against one apartment.
	 *
	 * @param request the request
	 * @param reasons every rule's reason
	 */
	public record RequestMatch(HousingRequest request, List<Reason> reasons) {

		/**
		 * @return whether every rule passed
		 */
		public boolean fits() {
			return this.reasons.stream().allMatch(Reason::passed);
		}

		/**
		 * @return the rules that failed
		 */
		public List<Reason> failed() {
			return this.reasons.stream().filter((reason) -> !reason.passed()).toList();
		}

	}

	/**
	 * The requests for one apartment.
	 *
	 * @param apartment the apartment
	 * @param blocked the spread rules that block it
	 * @param fitting the requests that fit, ranked
	 * @param notFitting the others, in queue order
	 */
	public record ApartmentMatches(Apartment apartment, List<Reason> blocked, List<RequestMatch> fitting,
			List<RequestMatch> notFitting) {
	}

	/**
	 * An apartment against one request.
	 *
	 * @param apartment the apartment
	 * @param reasons every rule's reason
	 * @param blocked the spread rules that block it
	 */
	public record ApartmentMatch(Apartment apartment, List<Reason> reasons, List<Reason> blocked) {

		/**
		 * @return whether every matching rule passed
		 */
		public boolean fits() {
			return this.reasons.stream().allMatch(Reason::passed);
		}

		/**
		 * @return the rules that failed
		 */
		public List<Reason> failed() {
			return this.reasons.stream().filter((reason) -> !reason.passed()).toList();
		}

	}

	/**
	 * The apartments for one request.
	 *
	 * @param request the request
	 * @param fitting the offered apartments that fit, those not blocked first
	 * @param notFitting the others
	 */
	public record RequestMatches(HousingRequest request, List<ApartmentMatch> fitting,
			List<ApartmentMatch> notFitting) {
	}

}
