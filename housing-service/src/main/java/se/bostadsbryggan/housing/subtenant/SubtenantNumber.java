package se.bostadsbryggan.housing.subtenant;

import java.util.UUID;

import se.bostadsbryggan.identity.PersonalIdentityNumber;

/**
 * A subtenant's placement and personal identity number, for a comparison that keeps
 * neither.
 *
 * @param placementId the placement the subtenant lives in
 * @param number the subtenant's personal identity number
 */
public record SubtenantNumber(UUID placementId, PersonalIdentityNumber number) {

	@Override
	public String toString() {
		return "SubtenantNumber[placementId=" + this.placementId + "]";
	}

}
