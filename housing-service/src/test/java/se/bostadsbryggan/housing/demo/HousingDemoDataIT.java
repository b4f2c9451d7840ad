package se.bostadsbryggan.housing.demo;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

import se.bostadsbryggan.housing.turnover.TurnoverService;
import se.bostadsbryggan.testsupport.ServiceIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The local run's demo data has the shape of Götene's housing company.
 */
@ServiceIntegrationTest
@TestPropertySource(properties = "bb.demo.enabled=true")
class HousingDemoDataIT {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TurnoverService turnover;

	@Test
	void demoDataIsShapedLikeGotenesHousingCompany() {
		assertThat(count("select count(*) from property")).isEqualTo(5);
		assertThat(count("select count(*) from stairwell")).isEqualTo(25);
		assertThat(count("select count(*) from apartment")).isEqualTo(400);
		assertThat(currentLeases("SOCIAL")).isEqualTo(12);
		assertThat(currentLeases("GUARANTEED")).isEqualTo(2);
		assertThat(count("select count(*) from apartment where status = 'VACANT'")).isEqualTo(10);
		assertThat(this.turnover.of(LocalDate.now().getYear() - 1).reLets()).isEqualTo(60);
		assertThat(count("select count(*) from lease where tenant_id is null and type <> 'SOCIAL'")).isZero();
	}

	@Test
	void demoRentIsMostlyPaidOnTimeWithSomeLateAndSomeUnpaidAndAFewDisturbancesAreConcluded() {
		assertThat(count("select count(*) from rent_charge")).isGreaterThan(1000);
		assertThat(count("select count(*) from rent_payment")).isGreaterThan(1000);
		assertThat(count("""
				select count(distinct l.id) from lease l join rent_payment p on p.lease_id = l.id
				where l.type in ('SOCIAL', 'GUARANTEED') and daterange(l.start_date, l.end_date, '[]') @> current_date
				""")).as("every running social contract and guaranteed lease has paid rent").isEqualTo(14);
		long late = count("select count(*) from rent_payment p join rent_charge c on c.lease_id = p.lease_id "
				+ "and to_char(c.month, 'YYYY-MM') = right(p.reference, 7) where p.paid_date > c.due_date");
		assertThat(late).isPositive();
		assertThat(count("""
				select count(*) from rent_charge c
				where c.due_date < current_date
				  and not exists (select 1 from rent_payment p where p.lease_id = c.lease_id
				                  and right(p.reference, 7) = to_char(c.month, 'YYYY-MM'))
				""")).as("some rent is unpaid").isPositive();
		assertThat(count("select count(*) from disturbance where status = 'VERIFIED'")).isPositive();
		assertThat(count("select count(*) from disturbance where status = 'DISMISSED'")).isPositive();
		assertThat(count("select count(*) from disturbance where status = 'REPORTED'")).isPositive();
		assertThat(count("select count(*) from outbox_event where event_type = 'RentPaymentRecorded'")).isPositive();
		assertThat(count("""
				select count(*) from outbox_event e join lease l on cast(l.id as text) = e.aggregate_key
				where e.topic = 'housing.tenancy-conduct.v1' and l.type = 'FIRST_HAND'
				""")).as("ordinary tenants' conduct never leaves the housing company").isZero();
	}

	@Test
	void theOwnContractDemoHasATransferableContractOneAMonthAwayOneBlockedAndAGuaranteeReadyForRelease() {
		LocalDate today = LocalDate.now();
		// Apartments 5, 38, 71 and 50 in the order they are registered.
		assertThat(leases("1101-0102")).containsExactly("SOCIAL " + today.minusMonths(14).withDayOfMonth(1));
		assertThat(leases("1103-0103")).containsExactly("SOCIAL " + today.minusMonths(11));
		assertThat(leases("1105-0104")).first().asString().startsWith("SOCIAL ");
		assertThat(leases("1104-0003")).first().asString().startsWith("GUARANTEED ");
		for (String objectNumber : new String[] { "1101-0102", "1103-0103", "1105-0104", "1104-0003" }) {
			assertThat(
					count("""
							select count(*) from rent_payment p join lease l on l.id = p.lease_id
							join apartment a on a.id = l.apartment_id
							join rent_charge c on c.lease_id = p.lease_id and to_char(c.month, 'YYYY-MM') = right(p.reference, 7)
							where a.object_number = '%s' and p.paid_date > c.due_date
							"""
						.formatted(objectNumber)))
				.as("late payments of %s", objectNumber)
				.isZero();
			assertThat(count("""
					select count(*) from rent_charge c join lease l on l.id = c.lease_id
					join apartment a on a.id = l.apartment_id
					where a.object_number = '%s' and c.due_date < current_date
					  and not exists (select 1 from rent_payment p where p.lease_id = c.lease_id
					                  and right(p.reference, 7) = to_char(c.month, 'YYYY-MM'))
					""".formatted(objectNumber))).as("unpaid rent of %s", objectNumber).isZero();
		}
		assertThat(this.jdbc.sql("""
				select a.object_number || ' ' || d.status || ' ' || d.occurred_on from disturbance d
				join lease l on l.id = d.lease_id join apartment a on a.id = l.apartment_id
				where a.object_number in ('1101-0102', '1103-0103', '1105-0104', '1104-0003')
				""").query(String.class).list()).containsExactly("1105-0104 VERIFIED " + today.minusMonths(2));
		assertThat(this.turnover.of(today.getYear() - 2).reLets()).isEqualTo(40);
	}

	@Test
	void theHistorySince2015HasFallingGuaranteesAndTakeoversToOwnContractsPublishedAsTheSagaDoes() {
		int lastYear = LocalDate.now().getYear() - 1;
		long guarantees2015 = activeAt("GUARANTEED", LocalDate.of(2015, 12, 31));
		assertThat(guarantees2015).isBetween(19L, 23L);
		assertThat(activeAt("GUARANTEED", LocalDate.of(lastYear, 12, 31))).isLessThan(guarantees2015);
		for (int year = 2016; year <= lastYear; year++) {
			assertThat(count("""
					select count(*) from takeover
					where outcome = 'COMPLETED' and extract(year from takeover_date) = %d
					""".formatted(year))).as("takeovers %d", year).isBetween(1L, 4L);
			assertThat(activeAt("SOCIAL", LocalDate.of(year, 12, 31))).as("social contracts %d", year)
				.isBetween(8L, 18L);
		}
		long completed = count("select count(*) from takeover where outcome = 'COMPLETED'");
		assertThat(count("select count(*) from outbox_event where event_type = 'TakeoverCompleted'"))
			.isEqualTo(completed);
		assertThat(count("""
				select count(*) from takeover t join lease social on social.id = t.social_lease_id
				join lease own on own.id = t.new_lease_id
				where social.end_date = t.takeover_date - 1 and own.start_date = t.takeover_date
				  and own.type = 'FIRST_HAND' and t.takeover_date < current_date
				""")).isEqualTo(completed);
		assertThat(
				count("""
						select count(*) from outbox_event
						where event_type = 'LeaseStarted' and cast(payload as jsonb) -> 'payload' ->> 'leaseType' in ('SOCIAL', 'GUARANTEED')
						  and cast(payload as jsonb) -> 'payload' ->> 'endDate' is null
						"""))
			.as("only social contracts and guaranteed leases that still run start without a last day")
			.isEqualTo(14);
		for (int year = lastYear - 3; year <= lastYear; year++) {
			assertThat(this.turnover.of(year).reLets()).isEqualTo((year == lastYear) ? 60 : 40);
		}
		// The three years before last year are published for the shared trends; earlier
		// ones are not.
		for (int year = lastYear - 3; year < lastYear; year++) {
			assertThat(this.turnover.of(year).lastPublishedAt()).as("turnover of %d published", year).isNotNull();
		}
		assertThat(this.turnover.of(lastYear - 4).lastPublishedAt()).isNull();
	}

	private long activeAt(String type, LocalDate day) {
		return this.jdbc.sql("""
				select count(*) from lease
				where type = :type and daterange(start_date, end_date, '[]') @> cast(:day as date)
				""").param("type", type).param("day", java.sql.Date.valueOf(day)).query(Long.class).single();
	}

	private List<String> leases(String objectNumber) {
		return this.jdbc.sql("""
				select l.type || ' ' || l.start_date from lease l join apartment a on a.id = l.apartment_id
				where a.object_number = :objectNumber order by l.start_date desc
				""").param("objectNumber", objectNumber).query(String.class).list();
	}

	private long currentLeases(String type) {
		return this.jdbc.sql("""
				select count(*) from lease
				where type = :type and daterange(start_date, end_date, '[]') @> current_date
				""").param("type", type).query(Long.class).single();
	}

	private long count(String sql) {
		return this.jdbc.sql(sql).query(Long.class).single();
	}

}
