package se.bostadsbryggan.social.demo;

import java.time.LocalDate;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import se.bostadsbryggan.identity.PersonalIdentityNumber;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Pins the apartments, addresses, start dates and tenants that social services' demo
 * shares with housing-service's {@code HousingDemoData}; the values were worked out by
 * hand from that class's rules. If housing's demo changes, change both.
 */
class HousingDemoTenanciesTest {

	private static final LocalDate TODAY = LocalDate.of(2026, 11, 25);

	@Test
	void housingLetsTwelveApartmentsOnSocialContracts() {
		assertThat(HousingDemoTenancies.socialContracts()).containsExactly(5, 38, 71, 104, 137, 170, 203, 236, 269, 302,
				335, 368);
	}

	@Test
	void objectNumbersAndAddressesFollowPropertyStairwellAndFloor() {
		assertThat(HousingDemoTenancies.objectNumber(5)).isEqualTo("1101-0102");
		assertThat(HousingDemoTenancies.address(5)).isEqualTo("Storgatan 10A");
		assertThat(HousingDemoTenancies.objectNumber(50)).isEqualTo("1104-0003");
		assertThat(HousingDemoTenancies.address(50)).isEqualTo("Storgatan 16A");
		assertThat(HousingDemoTenancies.objectNumber(250)).isEqualTo("1401-0203");
		assertThat(HousingDemoTenancies.address(250)).isEqualTo("Prästgårdsvägen 10A");
		assertThat(HousingDemoTenancies.objectNumber(368)).isEqualTo("1504-0001");
		assertThat(HousingDemoTenancies.address(368)).isEqualTo("Hönsätervägen 16A");
	}

	@Test
	void startDatesAreTheFirstLeaseOrTheReLetOfTheCurrentOne() {
		// Never re-let: the first lease, 2008 + i % 12, month 1 + i % 12.
		assertThat(HousingDemoTenancies.currentLeaseStart(50, TODAY)).isEqualTo(LocalDate.of(2010, 3, 1));
		assertThat(HousingDemoTenancies.currentLeaseStart(250, TODAY)).isEqualTo(LocalDate.of(2018, 11, 1));
		// The own-contract demo: i = 5 on the 1st, 14 months ago; i = 38 today 11 months
		// ago.
		assertThat(HousingDemoTenancies.currentLeaseStart(5, TODAY)).isEqualTo(LocalDate.of(2025, 9, 1));
		assertThat(HousingDemoTenancies.currentLeaseStart(38, TODAY)).isEqualTo(LocalDate.of(2025, 12, 25));
		// i % 20 == 11 and 17: re-let last year.
		assertThat(HousingDemoTenancies.currentLeaseStart(71, TODAY)).isEqualTo(LocalDate.of(2025, 12, 1));
		assertThat(HousingDemoTenancies.currentLeaseStart(137, TODAY)).isEqualTo(LocalDate.of(2025, 6, 1));
	}

	@Test
	void theGuaranteedTenantsHaveHousingsNamesAndValidNumbers() {
		assertThat(HousingDemoTenancies.tenantName(50)).isEqualTo("Ingrid Pettersson");
		assertThat(HousingDemoTenancies.tenantName(250)).isEqualTo("Elin Jonsson");
		assertThat(HousingDemoTenancies.personalIdentityNumber(50)).isEqualTo("195501250509");
		assertThat(HousingDemoTenancies.personalIdentityNumber(250)).isEqualTo("197504302501");
		assertThat(PersonalIdentityNumber.parse("195501250509")).isPresent();
		assertThat(PersonalIdentityNumber.parse("197504302501")).isPresent();
	}

	@Test
	void theDemoClientsHaveValidDistinctNumbers() {
		assertThat(IntStream.range(0, 40).mapToObj(GuaranteeDemoData::personalIdentityNumber))
			.allSatisfy((number) -> assertThat(PersonalIdentityNumber.parse(number)).as(number).isPresent())
			.doesNotHaveDuplicates();
	}

}
