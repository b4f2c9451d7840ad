package se.bostadsbryggan.social.guarantee;

import java.time.LocalDate;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * Release or end an active guarantee.
 *
 * @param status {@code RELEASED} or {@code ENDED}
 * @param closedOn its last day: not before its start, not after today
 * @param reason why; {@code GOOD_CONDUCT} only for a release
 * @param note a note (optional)
 */
public record CloseGuarantee(@NotNull(message = "{guarantee.close.status.required}") Guarantee.Status status,
		@NotNull(message = "{guarantee.closedOn.required}") @DateTimeFormat(
				iso = DateTimeFormat.ISO.DATE) LocalDate closedOn,
		@NotNull(message = "{guarantee.closeReason.required}") Guarantee.CloseReason reason,
		@Size(max = 1000, message = "{guarantee.note.size}") String note) {

	/**
	 * @return whether the status is a release or an end ({@code true} while missing)
	 */
	@AssertTrue(message = "{guarantee.close.status.required}")
	public boolean isClosing() {
		return this.status != Guarantee.Status.ACTIVE;
	}

	/**
	 * @return whether good conduct goes with a release only ({@code true} while either is
	 * missing)
	 */
	@AssertTrue(message = "{guarantee.closeReason.goodConductIsRelease}")
	public boolean isReasonFitting() {
		return this.reason != Guarantee.CloseReason.GOOD_CONDUCT || this.status != Guarantee.Status.ENDED;
	}

}
