package se.bostadsbryggan.audit;

import java.util.List;

/**
 * One page of the audit log, newest first.
 *
 * @param entries the rows
 * @param page this page's number, from 0
 * @param hasNext whether an older page exists
 */
public record AuditPage(List<AuditEntry> entries, int page, boolean hasNext) {

	public AuditPage {
		entries = List.copyOf(entries);
	}

	/**
	 * @return whether a newer page exists
	 */
	public boolean hasPrevious() {
		return this.page > 0;
	}

}
