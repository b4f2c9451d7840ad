package se.bostadsbryggan.social.consent;

import java.util.UUID;

/**
 * A statement of a client's consent was recorded. Published in the recording transaction
 * (a Spring application event, handled synchronously), so what depends on the consent,
 * such as a placement waiting for it, changes in the same commit.
 *
 * @param clientId the client
 * @param consent the statement recorded
 */
public record ConsentRecorded(UUID clientId, Consent consent) {

}
