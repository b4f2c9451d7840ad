package se.bostadsbryggan.social.contract;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * End a running social contract.
 *
 * @param endDate its last day, not before its first
 */
public record EndSocialContract(@NotNull(message = "{contract.endDate.required}") @DateTimeFormat(
		iso = DateTimeFormat.ISO.DATE) LocalDate endDate) {

}
