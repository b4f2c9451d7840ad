package se.bostadsbryggan.housing.apartment;

import java.util.List;

/**
 * One page of the apartment list.
 *
 * @param items the apartments on this page
 * @param page this page, from 1
 * @param pages the number of pages (at least 1)
 * @param total the number of apartments the filter matches
 */
public record ApartmentPage(List<ApartmentListing> items, int page, int pages, long total) {

	public boolean hasPrevious() {
		return this.page > 1;
	}

	public boolean hasNext() {
		return this.page < this.pages;
	}

}
