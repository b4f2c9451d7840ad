package se.bostadsbryggan.housing.takeover;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import se.bostadsbryggan.identity.PersonalIdentityNumber;

/**
 * The takeover of a social contract by its subtenant, as it stands: social services'
 * approval (with the new tenant, personal data), the housing manager's decision, and the
 * outcome once both have approved or either refused.
 *
 * @param socialLeaseId the social contract
 * @param objectNumber the apartment's object number
 * @param socialApprovedOn the day the caseworker approved, or {@code null}
 * @param tenantName the new tenant's name, or {@code null}
 * @param tenantNumber the new tenant's personal identity number (12 digits), or
 * {@code null}
 * @param socialReceivedAt when social services' approval arrived, or {@code null}
 * @param housingDecision {@code APPROVED}, {@code DECLINED} or {@code null}
 * @param takeoverDate the first day of the own contract the housing manager chose, or
 * {@code null}
 * @param declineMotivation why the housing manager declined (stays in housing), or
 * {@code null}
 * @param housingDecidedBy the housing manager's user name, or {@code null}
 * @param housingDecidedAt when, or {@code null}
 * @param outcome {@code COMPLETED}, {@code REFUSED} or {@code null} while it waits
 * @param refusalReason why it was refused, or {@code null}
 * @param newLeaseId the first-hand lease it started, or {@code null}
 * @param concludedAt when it was completed or refused, or {@code null}
 */
public record Takeover(UUID socialLeaseId, String objectNumber, LocalDate socialApprovedOn, String tenantName,
		String tenantNumber, Instant socialReceivedAt, String housingDecision, LocalDate takeoverDate,
		String declineMotivation, String housingDecidedBy, Instant housingDecidedAt, String outcome,
		String refusalReason, UUID newLeaseId, Instant concludedAt) {

	/**
	 * @return whether it waits for an approval or for completion
	 */
	public boolean open() {
		return this.outcome == null;
	}

	/**
	 * @return whether social services approved with a valid tenant
	 */
	public boolean approvedBySocialServices() {
		return this.socialApprovedOn != null && this.tenantNumber != null;
	}

	/**
	 * @return whether the housing manager approved
	 */
	public boolean approvedByHousing() {
		return "APPROVED".equals(this.housingDecision);
	}

	/**
	 * @return the new tenant's personal identity number as {@code YYYYMMDD-NNNN}
	 */
	public String tenantNumberDisplay() {
		return (this.tenantNumber != null) ? PersonalIdentityNumber.format(this.tenantNumber) : null;
	}

	@Override
	public String toString() {
		// Never the tenant's name or number in a log line.
		return "Takeover[socialLeaseId=" + this.socialLeaseId + ", outcome=" + this.outcome + "]";
	}

}
