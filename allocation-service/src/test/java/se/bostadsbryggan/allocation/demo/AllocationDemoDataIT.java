package se.bostadsbryggan.allocation.demo;

import java.time.Clock;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

import se.bostadsbryggan.testsupport.ApiClient;
import se.bostadsbryggan.testsupport.ServiceIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The local run's demo data: this year's agreement with the default terms, saved once.
 */
@ServiceIntegrationTest
@TestPropertySource(properties = "bb.demo.enabled=true")
class AllocationDemoDataIT {

	@Autowired
	AllocationDemoData demo;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ApiClient api;

	@Autowired
	Clock clock;

	@Test
	void thisYearsAgreementHasTheDefaultTermsAndASecondRunAddsNothing() {
		int year = LocalDate.now(this.clock).getYear();

		this.demo.run(new DefaultApplicationArguments());

		assertThat(this.jdbc.sql("select count(*) from agreement_version where year = :year")
			.param("year", year)
			.query(Long.class)
			.single()).isEqualTo(1);
		ApiClient.Response agreement = this.api.get("/api/allocation/agreements/" + year);
		assertThat(agreement.status()).isEqualTo(200);
		assertThat(agreement.json().get("terms").get("quotaPercent").decimalValue()).isEqualByComparingTo("10");
		assertThat(agreement.json().get("terms").get("maxPerStairwell").asInt()).isEqualTo(1);
		assertThat(agreement.json().get("terms").get("offerAnswerDays").asInt()).isEqualTo(7);
		assertThat(agreement.json().get("changedBy").asString()).isEqualTo("demo");
		assertThat(this.jdbc.sql("select count(*) from audit_event where action = 'AGREEMENT_CHANGE'")
			.query(Long.class)
			.single()).isEqualTo(1);
	}

}
