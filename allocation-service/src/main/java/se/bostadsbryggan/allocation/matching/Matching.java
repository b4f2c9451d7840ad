package se.bostadsbryggan.allocation.matching;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import se.bostadsbryggan.allocation.apartment.Apartment;
import se.bostadsbryggan.allocation.request.HousingRequest;
import se.bostadsbryggan.allocation.spread.Concentration;

/**
 * The rules that decide whether a request fits an apartment, and the spread rules that
 * block an apartment. Pure: no database, no clock.
 * <ul>
 * <li>rooms: the apartment has at least the rooms needed;</li>
 * <li>rent: the monthly rent is at most the request's highest (no highest: any);</li>
 * <li>accessibility: a needed lift is met by a lift or the ground floor, a needed ground
 * floor by the ground floor, a needed adapted apartment by an adapted one;</li>
 * <li>area: no area to avoid equals, ignoring case and surrounding spaces, the
 * apartment's stairwell code, its property designation or the street of its address (the
 * address up to its first digit).</li>
 * </ul>
 * Fitting requests are ranked oldest first, then by the closest room fit (fewest rooms
 * beyond those needed).
 */
public final class Matching {

	private Matching() {
	}

	/**
	 * @param apartment an apartment whose details are known
	 * @param request a request
	 * @return the reason of every rule, passed or failed
	 */
	public static List<Reason> reasons(Apartment apartment, HousingRequest request) {
		List<Reason> reasons = new ArrayList<>();
		int rooms = apartment.rooms();
		reasons.add((rooms >= request.roomsNeeded()) ? Reason.passed(Reason.Rule.ROOMS, rooms, request.roomsNeeded())
				: Reason.failed(Reason.Rule.ROOMS, rooms, request.roomsNeeded()));
		if (request.maxRent() == null) {
			reasons.add(Reason.passed(Reason.Rule.RENT, apartment.monthlyRent().intValue(), "–"));
		}
		else {
			boolean fits = apartment.monthlyRent().compareTo(java.math.BigDecimal.valueOf(request.maxRent())) <= 0;
			reasons.add(fits ? Reason.passed(Reason.Rule.RENT, apartment.monthlyRent().intValue(), request.maxRent())
					: Reason.failed(Reason.Rule.RENT, apartment.monthlyRent().intValue(), request.maxRent()));
		}
		if (request.needsLift()) {
			reasons.add((apartment.lift() || apartment.groundFloor()) ? Reason.passed(Reason.Rule.LIFT)
					: Reason.failed(Reason.Rule.LIFT));
		}
		if (request.needsGroundFloor()) {
			reasons.add(apartment.groundFloor() ? Reason.passed(Reason.Rule.GROUND_FLOOR)
					: Reason.failed(Reason.Rule.GROUND_FLOOR));
		}
		if (request.needsAdapted()) {
			reasons.add(apartment.adapted() ? Reason.passed(Reason.Rule.ADAPTED) : Reason.failed(Reason.Rule.ADAPTED));
		}
		Optional<String> avoided = request.areasToAvoid()
			.stream()
			.filter((area) -> inArea(apartment, area))
			.findFirst();
		reasons.add(avoided.map((area) -> Reason.failed(Reason.Rule.AREA, area.strip()))
			.orElseGet(() -> Reason.passed(Reason.Rule.AREA)));
		return reasons;
	}

	/**
	 * @param apartment an apartment
	 * @param area an area to avoid
	 * @return whether the apartment is in it: its stairwell code, property designation or
	 * street equals the area, ignoring case and surrounding spaces
	 */
	public static boolean inArea(Apartment apartment, String area) {
		String wanted = area.strip().toLowerCase(Locale.ROOT);
		return wanted.equals(lower(apartment.stairwell())) || wanted.equals(lower(apartment.property()))
				|| wanted.equals(lower(apartment.street()));
	}

	private static String lower(String value) {
		return (value != null) ? value.strip().toLowerCase(Locale.ROOT) : null;
	}

	/**
	 * @param concentration the apartment's stairwell and property now
	 * @return the spread rules one more social contract there would break
	 */
	public static List<Reason> blocked(Concentration concentration) {
		List<Reason> blocked = new ArrayList<>();
		if (concentration.stairwellFull()) {
			blocked.add(Reason.failed(Reason.Rule.STAIRWELL_LIMIT, concentration.stairwell(), concentration.total(),
					concentration.stairwellLimit()));
		}
		if (concentration.propertyFull()) {
			blocked.add(Reason.failed(Reason.Rule.PROPERTY_LIMIT, concentration.property(),
					concentration.propertyCount(), concentration.propertyLimit()));
		}
		return blocked;
	}

	/**
	 * The order of fitting requests for one apartment: the oldest first, then the closest
	 * room fit.
	 * @param apartment the apartment
	 * @return the comparator
	 */
	public static Comparator<HousingRequest> ranking(Apartment apartment) {
		return Comparator.comparing(HousingRequest::submittedAt)
			.thenComparingInt((HousingRequest request) -> apartment.rooms() - request.roomsNeeded())
			.thenComparing(HousingRequest::requestReference);
	}

}
