package se.bostadsbryggan.social.owncontract;

import java.time.LocalDate;
import java.util.UUID;

import se.bostadsbryggan.contracts.housing.TakeoverRefused;

/**
 * A client's social contract or guaranteed lease as the shared workflow judges it for an
 * own contract (eget kontrakt), and how far its takeover got.
 *
 * @param leaseId the housing company's lease
 * @param clientId the client, or {@code null} if none was matched
 * @param objectNumber the apartment's object number, or {@code null} if hidden from the
 * caller (protected identity)
 * @param leaseType {@code SOCIAL} or {@code GUARANTEED}
 * @param transferable whether every takeover criterion is met
 * @param changedOn the day that last changed
 * @param expectedOn when not transferable, the day it is expected to become so, or
 * {@code null}
 * @param status how far the takeover got
 * @param approvedOn the day the caseworker approved, or {@code null}
 * @param approvedBy who approved, or {@code null}
 * @param refusedReason why the housing company did not complete it, or {@code null}
 * @param refusedOn the day of the refusal, or {@code null}
 * @param takeoverDate the first day of the own contract, or {@code null}
 */
public record OwnContract(UUID leaseId, UUID clientId, String objectNumber, String leaseType, boolean transferable,
		LocalDate changedOn, LocalDate expectedOn, Status status, LocalDate approvedOn, String approvedBy,
		TakeoverRefused.Reason refusedReason, LocalDate refusedOn, LocalDate takeoverDate) {

	/** A social contract, which the subtenant can take over. */
	public static final String SOCIAL = "SOCIAL";

	/** A guaranteed lease, whose guarantee can be released. */
	public static final String GUARANTEED = "GUARANTEED";

	/**
	 * @return whether the caseworker may approve a takeover now: a transferable social
	 * contract not approved or taken over yet (again after a refusal)
	 */
	public boolean approvable() {
		return SOCIAL.equals(this.leaseType) && this.transferable
				&& (this.status == Status.OPEN || this.status == Status.REFUSED);
	}

	/**
	 * @return whether it is a guaranteed lease whose guarantee can be released
	 */
	public boolean releasable() {
		return GUARANTEED.equals(this.leaseType) && this.transferable;
	}

	OwnContract withoutObjectNumber() {
		return new OwnContract(this.leaseId, this.clientId, null, this.leaseType, this.transferable, this.changedOn,
				this.expectedOn, this.status, this.approvedOn, this.approvedBy, this.refusedReason, this.refusedOn,
				this.takeoverDate);
	}

	/** How far a takeover got. */
	public enum Status {

		/** Not approved by the caseworker (yet). */
		OPEN,

		/** Approved by the caseworker: waits for the housing company. */
		APPROVED,

		/** The housing company did not complete it; a new approval is possible. */
		REFUSED,

		/** The subtenant has an own contract. */
		COMPLETED

	}

}
