package se.bostadsbryggan.housing.demo;

import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

import se.bostadsbryggan.identity.PersonalIdentityNumber;

import static org.assertj.core.api.Assertions.assertThat;

class HousingDemoDataTest {

	@Test
	void everyDemoTenantHasAValidPersonalIdentityNumberOfTheirOwn() {
		Set<String> seen = new HashSet<>();
		for (int person = 0; person < 420; person++) {
			String number = HousingDemoData.personalIdentityNumber(person);
			assertThat(PersonalIdentityNumber.parse(number).map(PersonalIdentityNumber::value)).as(number)
				.contains(number);
			assertThat(seen.add(number)).as(number).isTrue();
		}
	}

}
