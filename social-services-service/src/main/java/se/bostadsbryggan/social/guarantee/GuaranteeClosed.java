package se.bostadsbryggan.social.guarantee;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A guarantee was released or ended by a caseworker. Published in the closing transaction
 * (a Spring application event, handled synchronously), so what follows from it, such as
 * telling the housing company of a release, commits with it.
 *
 * @param guaranteeId the guarantee
 * @param clientId its client
 * @param objectNumber the apartment's object number
 * @param status {@code RELEASED} or {@code ENDED}
 * @param reason why
 * @param closedOn the last day it applied
 */
public record GuaranteeClosed(UUID guaranteeId, UUID clientId, String objectNumber, Guarantee.Status status,
		Guarantee.CloseReason reason, LocalDate closedOn) {

}
