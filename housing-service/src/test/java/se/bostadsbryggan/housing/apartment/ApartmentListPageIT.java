package se.bostadsbryggan.housing.apartment;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import se.bostadsbryggan.testsupport.ApiClient;
import se.bostadsbryggan.testsupport.ServiceIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

@ServiceIntegrationTest
class ApartmentListPageIT {

	@Autowired
	ApiClient api;

	@Test
	void theListFiltersByStatusStairwellLeaseTypeAndVacancy() {
		String stairwell = "FILT-" + UUID.randomUUID().toString().substring(0, 6);
		String vacant = register(stairwell, "A");
		this.api.postJson("/api/housing/apartments/" + vacant + "/vacancy",
				Map.of("availableFrom", LocalDate.now().toString()));
		String social = register(stairwell, "B");
		lease(social, Map.of("type", "SOCIAL", "startDate", "2026-01-01"));
		String guaranteed = register(stairwell, "C");
		lease(guaranteed, Map.of("type", "GUARANTEED", "startDate", "2025-06-01", "tenantName", "Per Persson",
				"personalIdentityNumber", "19811218-9876"));
		String withoutLease = register(stairwell, "D");
		register("OTHER-" + stairwell, "E");

		assertThat(list("stairwell=" + stairwell)).contains("Lägenheter (4 st), sida 1 av 1")
			.contains(number(stairwell, "A"), number(stairwell, "B"), number(stairwell, "C"), number(stairwell, "D"))
			.doesNotContain(number(stairwell, "E"));
		assertThat(list("stairwell=" + stairwell + "&status=VACANT")).contains("Lägenheter (1 st)")
			.contains(number(stairwell, "A"))
			.doesNotContain(number(stairwell, "B"));
		assertThat(list("stairwell=" + stairwell + "&leaseType=SOCIAL")).contains("Lägenheter (1 st)")
			.contains(number(stairwell, "B"))
			.contains("<td>Socialt kontrakt</td>");
		assertThat(list("stairwell=" + stairwell + "&leaseType=GUARANTEED")).contains(number(stairwell, "C"))
			.doesNotContain(number(stairwell, "B"));
		assertThat(list("stairwell=" + stairwell + "&vacant=true")).contains("Lägenheter (2 st)")
			.contains(number(stairwell, "A"), number(stairwell, "D"))
			.doesNotContain(number(stairwell, "B"))
			.doesNotContain(number(stairwell, "C"));
		assertThat(withoutLease).isNotBlank();
	}

	@Test
	void theListIsPagedFiftyAtATimeKeepingItsFilter() {
		String stairwell = "PAGE-" + UUID.randomUUID().toString().substring(0, 6);
		for (int i = 1; i <= 52; i++) {
			register(stairwell, String.format("%02d", i));
		}

		String first = list("stairwell=" + stairwell);
		assertThat(first).contains("Lägenheter (52 st), sida 1 av 2")
			.contains(number(stairwell, "50"))
			.doesNotContain(number(stairwell, "51"))
			.contains("rel=\"next\"")
			.contains("stairwell=" + stairwell)
			.contains("page=2");
		String second = list("stairwell=" + stairwell + "&page=2");
		assertThat(second).contains("sida 2 av 2")
			.contains(number(stairwell, "51"), number(stairwell, "52"))
			.doesNotContain(number(stairwell, "50"))
			.contains("rel=\"prev\"");
		assertThat(list("stairwell=" + stairwell + "&page=99")).contains("sida 2 av 2");
		assertThat(list("stairwell=" + stairwell + "&page=x&status=NONSENSE&leaseType=NONSENSE"))
			.contains("sida 1 av 2");
	}

	private String list(String query) {
		ApiClient.Response page = this.api.get("/housing/apartments?" + query);
		assertThat(page.status()).isEqualTo(200);
		return page.body();
	}

	private String register(String stairwell, String suffix) {
		ApiClient.Response response = this.api.postJson("/api/housing/apartments",
				Map.of("objectNumber", number(stairwell, suffix), "address", "Filtergatan 1", "stairwell", stairwell,
						"rooms", 2, "areaSquareMetres", new BigDecimal("50"), "monthlyRent", new BigDecimal("5000")));
		assertThat(response.status()).as(response.body()).isEqualTo(201);
		return response.json().get("id").asString();
	}

	private void lease(String apartmentId, Map<String, Object> command) {
		assertThat(this.api.postJson("/api/housing/apartments/" + apartmentId + "/leases", command).status())
			.isEqualTo(201);
	}

	private static String number(String stairwell, String suffix) {
		return stairwell.substring(stairwell.indexOf('-') + 1) + "-" + suffix;
	}

}
