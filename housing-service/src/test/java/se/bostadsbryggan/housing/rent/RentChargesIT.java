package se.bostadsbryggan.housing.rent;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

import se.bostadsbryggan.testsupport.ApiClient;
import se.bostadsbryggan.testsupport.ServiceIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Monthly charges on a fixed clock (Wednesday 25 November 2026): one per month a lease
 * runs, from the ledger's start through next month, a part month by days, due the last
 * weekday before the month; generating again changes nothing.
 */
@ServiceIntegrationTest
@Import(RentChargesIT.FixedClock.class)
class RentChargesIT {

	@Autowired
	ApiClient api;

	@Autowired
	RentService rent;

	@Autowired
	JdbcClient jdbc;

	@Test
	void chargesFollowTheLeaseFromTheLedgerStartThroughNextMonthAndGeneratingAgainChangesNothing() {
		String older = lease("FIRST_HAND", "2025-06-01", null, "6200");
		String partly = lease("SOCIAL", "2026-03-15", "2026-05-10", "6200");
		String current = lease("GUARANTEED", "2026-11-10", null, "6000");

		this.rent.generateCharges();
		long charges = this.jdbc.sql("select count(*) from rent_charge").query(Long.class).single();
		assertThat(this.rent.generateCharges()).isZero();
		assertThat(this.jdbc.sql("select count(*) from rent_charge").query(Long.class).single()).isEqualTo(charges);

		JsonNode olderLedger = ledger(older);
		assertThat(months(olderLedger)).hasSize(12).startsWith("2026-01").endsWith("2026-12");
		assertThat(olderLedger.get("charges").get(0).get("dueDate").asString()).as("31 December 2025 is a Wednesday")
			.isEqualTo("2025-12-31");
		assertThat(olderLedger.get("arrears").decimalValue()).as("January through November are due and unpaid")
			.isEqualByComparingTo(new BigDecimal("68200"));

		JsonNode partlyLedger = ledger(partly);
		assertThat(months(partlyLedger)).containsExactly("2026-03", "2026-04", "2026-05");
		assertThat(amounts(partlyLedger)).usingElementComparator(BigDecimal::compareTo)
			.containsExactly(new BigDecimal("3400.00"), new BigDecimal("6200.00"), new BigDecimal("2000.00"));
		assertThat(partlyLedger.get("charges").get(0).get("dueDate").asString()).as("28 February 2026 is a Saturday")
			.isEqualTo("2026-02-27");

		JsonNode currentLedger = ledger(current);
		assertThat(months(currentLedger)).containsExactly("2026-11", "2026-12");
		assertThat(amounts(currentLedger)).usingElementComparator(BigDecimal::compareTo)
			.containsExactly(new BigDecimal("4200.00"), new BigDecimal("6000.00"));
		assertThat(currentLedger.get("charges").get(1).get("status").asString()).isEqualTo("NOT_DUE");
	}

	private String lease(String type, String start, String end, String rent) {
		ApiClient.Response apartment = this.api.postJson("/api/housing/apartments",
				Map.of("objectNumber", "C-" + UUID.randomUUID().toString().substring(0, 8), "address", "Ängsgatan 2",
						"stairwell", "ANGSG-2", "rooms", 2, "areaSquareMetres", new BigDecimal("55.0"), "monthlyRent",
						new BigDecimal(rent)));
		Map<String, Object> command = new java.util.HashMap<>(Map.of("type", type, "startDate", start));
		if (end != null) {
			command.put("endDate", end);
		}
		if (!type.equals("SOCIAL")) {
			command.put("tenantName", "Lena Svensson");
			command.put("personalIdentityNumber", "19750315-1230");
		}
		ApiClient.Response lease = this.api
			.postJson("/api/housing/apartments/" + apartment.json().get("id").asString() + "/leases", command);
		assertThat(lease.status()).as(lease.body()).isEqualTo(201);
		return lease.json().get("id").asString();
	}

	private JsonNode ledger(String leaseId) {
		ApiClient.Response response = this.api.get("/api/housing/leases/" + leaseId + "/ledger");
		assertThat(response.status()).isEqualTo(200);
		return response.json();
	}

	private static List<String> months(JsonNode ledger) {
		return ledger.get("charges").valueStream().map((charge) -> charge.get("month").asString()).toList();
	}

	private static List<BigDecimal> amounts(JsonNode ledger) {
		return ledger.get("charges").valueStream().map((charge) -> charge.get("amount").decimalValue()).toList();
	}

	@TestConfiguration(proxyBeanMethods = false)
	static class FixedClock {

		@Bean
		Clock clock() {
			return Clock.fixed(Instant.parse("2026-11-25T09:00:00Z"), ZoneId.of("Europe/Stockholm"));
		}

	}

}
