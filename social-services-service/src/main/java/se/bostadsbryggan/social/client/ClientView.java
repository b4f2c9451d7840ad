package se.bostadsbryggan.social.client;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import se.bostadsbryggan.identity.PersonalIdentityNumber;

/**
 * A client as pages and the API show them, with the responsible caseworker. For a client
 * with protected identity shown to someone not responsible for them, the view is
 * {@link #hidden() hidden}: no name, number, contact details or address.
 *
 * @param id the client's id
 * @param personalIdentityNumber 12 digits, or {@code null} if hidden
 * @param name the name, or {@code null} if hidden
 * @param caseworkerId the responsible caseworker's id
 * @param caseworkerUsername their login name
 * @param caseworkerName their name
 * @param unit their unit
 * @param registeredAt when registered
 * @param createdBy who registered the client (login name)
 * @param protectedIdentity whether the client has protected identity (skyddade
 * personuppgifter)
 * @param phone phone number, or {@code null}
 * @param email e-mail address, or {@code null}
 * @param address postal address, or {@code null}
 * @param caseClosedOn the day the client's case was closed, or {@code null} while it is
 * open
 * @param hidden whether identity and address are left out for the caller
 */
public record ClientView(UUID id, String personalIdentityNumber, String name, UUID caseworkerId,
		String caseworkerUsername, String caseworkerName, String unit, Instant registeredAt, String createdBy,
		boolean protectedIdentity, String phone, String email, String address, LocalDate caseClosedOn, boolean hidden) {

	/**
	 * @return the number as {@code YYYYMMDD-XXXX}, or {@code null} if hidden
	 */
	public String formattedPersonalIdentityNumber() {
		return (this.personalIdentityNumber != null) ? PersonalIdentityNumber.format(this.personalIdentityNumber)
				: null;
	}

	/**
	 * @return whether the client's case is closed
	 */
	public boolean caseClosed() {
		return this.caseClosedOn != null;
	}

	/**
	 * @return this view without identity, contact details and address
	 */
	ClientView withoutIdentity() {
		return new ClientView(this.id, null, null, this.caseworkerId, this.caseworkerUsername, this.caseworkerName,
				this.unit, this.registeredAt, this.createdBy, true, null, null, null, this.caseClosedOn, true);
	}

	@Override
	public String toString() {
		return "ClientView[id=" + this.id + "]";
	}

}
