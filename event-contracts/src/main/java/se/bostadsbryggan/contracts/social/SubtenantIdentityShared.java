package se.bostadsbryggan.contracts.social;

import java.time.LocalDate;
import java.util.UUID;

/**
 * Social services share who will live in a placed apartment with the housing company: the
 * placement is agreed and the client has consented. The identity itself is sealed for the
 * housing company ({@link SubtenantIdentity} inside {@link Sealed}, with the placement id
 * as associated data); the rest is pseudonymous. Sent once per placement.
 *
 * @param placementId the placement, as in {@code PlacementAgreed} (the Kafka key)
 * @param requestReference the opaque reference of the housing request
 * @param consentStatedOn the day the client gave the consent this rests on
 * @param subtenant the {@link SubtenantIdentity} as JSON (UTF-8), sealed for the housing
 * company with the placement id (its string form, UTF-8) as associated data
 */
public record SubtenantIdentityShared(UUID placementId, UUID requestReference, LocalDate consentStatedOn,
		Sealed subtenant) {

}
