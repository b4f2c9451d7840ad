package se.bostadsbryggan.housing.lease;

import java.util.List;
import java.util.Map;

import se.bostadsbryggan.housing.apartment.Apartment;

/**
 * What another feature shows on the page of an apartment, below its leases, without the
 * lease feature depending on it: a Thymeleaf template whose fragment
 * {@code section(data)} receives the data.
 */
public interface LeasePageSection {

	/**
	 * @return the template holding the fragment {@code section(data)}
	 */
	String template();

	/**
	 * @param apartment the apartment
	 * @param history its leases, the latest first
	 * @return the fragment's data, or an empty map to show nothing
	 */
	Map<String, Object> data(Apartment apartment, List<Lease> history);

	/**
	 * A section as the page shows it.
	 *
	 * @param template the template
	 * @param data the fragment's data
	 */
	record Shown(String template, Map<String, Object> data) {
	}

}
