package se.bostadsbryggan.housing.apartment;

/**
 * What the apartment list shows: each criterion that is set narrows it.
 *
 * @param status only apartments with this status
 * @param stairwell only apartments in this stairwell (its code)
 * @param leaseType only apartments whose lease running today is of this type
 * ({@code FIRST_HAND}, {@code SOCIAL}, {@code GUARANTEED})
 * @param vacant {@code true}: only apartments without a lease today
 * @param page the page, from 1
 */
public record ApartmentFilter(ApartmentStatus status, String stairwell, String leaseType, Boolean vacant,
		Integer page) {

	/** Apartments per page. */
	public static final int PAGE_SIZE = 50;

	public ApartmentFilter {
		stairwell = blankToNull(stairwell);
		leaseType = blankToNull(leaseType);
		page = (page == null || page < 1) ? 1 : page;
	}

	/**
	 * @return no criterion, the first page
	 */
	public static ApartmentFilter none() {
		return new ApartmentFilter(null, null, null, null, 1);
	}

	boolean onlyVacant() {
		return Boolean.TRUE.equals(this.vacant);
	}

	private static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

}
