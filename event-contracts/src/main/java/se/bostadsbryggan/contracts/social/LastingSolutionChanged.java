package se.bostadsbryggan.contracts.social;

import java.time.LocalDate;

/**
 * The caseworker marked a social contract or guaranteed lease as a lasting solution
 * (varaktig lösning), or took the mark away. While marked it is not evaluated for
 * takeover nor reminded about, but comes up for review once a year. The reason stays with
 * social services.
 *
 * @param objectNumber the apartment's object number (the Kafka key)
 * @param leaseType {@code SOCIAL} or {@code GUARANTEED}
 * @param lasting whether it is marked now
 * @param reviewOn the next yearly review while marked, else {@code null}
 */
public record LastingSolutionChanged(String objectNumber, String leaseType, boolean lasting, LocalDate reviewOn) {

}
