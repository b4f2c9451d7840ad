package se.bostadsbryggan.housing.rent;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * A lease's rent ledger as a JSON API.
 */
@RestController
class RentApiController {

	private final RentService rent;

	RentApiController(RentService rent) {
		this.rent = rent;
	}

	@GetMapping("/api/housing/leases/{leaseId}/ledger")
	LedgerResponse ledger(@PathVariable UUID leaseId) {
		return LedgerResponse.of(this.rent.ledger(leaseId));
	}

	@PostMapping("/api/housing/leases/{leaseId}/payments")
	@ResponseStatus(HttpStatus.CREATED)
	LedgerResponse record(@PathVariable UUID leaseId, @Valid @RequestBody RecordPayment command) {
		return LedgerResponse.of(this.rent.record(leaseId, command));
	}

	record LedgerResponse(BigDecimal charged, BigDecimal paid, BigDecimal balance, BigDecimal arrears, int latePayments,
			List<ChargeResponse> charges, List<PaymentResponse> payments) {

		static LedgerResponse of(RentLedger ledger) {
			return new LedgerResponse(ledger.charged(), ledger.paid(), ledger.balance(), ledger.arrears(),
					ledger.latePayments(),
					ledger.lines()
						.stream()
						.map((line) -> new ChargeResponse(line.charge().yearMonth().toString(), line.charge().dueDate(),
								line.charge().amount(), line.paid(), line.settledOn(), line.status()))
						.toList(),
					ledger.payments()
						.stream()
						.map((payment) -> new PaymentResponse(payment.id(), payment.amount(), payment.paidDate(),
								payment.reference(), payment.source()))
						.toList());
		}

	}

	record ChargeResponse(String month, LocalDate dueDate, BigDecimal amount, BigDecimal paid, LocalDate paidInFullOn,
			RentLedger.Status status) {
	}

	record PaymentResponse(UUID id, BigDecimal amount, LocalDate paidDate, String reference, String source) {
	}

}
