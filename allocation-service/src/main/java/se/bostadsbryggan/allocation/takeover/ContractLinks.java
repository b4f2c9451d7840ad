package se.bostadsbryggan.allocation.takeover;

import java.util.UUID;

/** The link to a contract's page, as notices and mails carry it. */
final class ContractLinks {

	private ContractLinks() {
	}

	static String of(UUID leaseId) {
		return "/allocation/contracts/" + leaseId;
	}

}
