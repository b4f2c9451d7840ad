package se.bostadsbryggan.allocation.matching;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.awaitility.core.ConditionFactory;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;

import se.bostadsbryggan.allocation.EventMessage;
import se.bostadsbryggan.contracts.housing.HousingEvents;
import se.bostadsbryggan.contracts.social.SocialEvents;
import se.bostadsbryggan.testsupport.ApiClient;
import se.bostadsbryggan.testsupport.KafkaProbe;
import se.bostadsbryggan.testsupport.ServiceIntegrationTest;
import se.bostadsbryggan.testsupport.TestTokens;
import se.bostadsbryggan.testsupport.TestTokens.User;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Housing staff offer vacant apartments for social contracts; the matching pages rank the
 * waiting requests with their reasons, name the failed rules, and mark an apartment whose
 * stairwell is at the agreement's limit of social contracts and guarantees (kept from
 * {@code housing.lease.v1}) as blocked. A fixture of its own per test: a few apartments
 * and requests under a random prefix.
 */
@ServiceIntegrationTest
class MatchingIT {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	KafkaProbe kafka;

	@Value("${local.server.port}")
	int port;

	@Test
	void matchesAreRankedWithReasonsAndTheFailedRulesAreNamedBothWays() {
		Fixture f = new Fixture();
		ApiClient staff = as(User.of("bovard-" + f.prefix, "HOUSING", "HOUSING_STAFF"));
		offer(staff, f.twoRooms);
		offer(staff, f.threeRoomsWithLift);

		String page = staff.get("/allocation/apartments/" + f.twoRooms + "/matches").body();

		assertThat(page).contains("<html lang=\"sv\"").contains("Förfrågningar som passar lägenhet " + f.prefix + "-1");
		String fitting = page.substring(page.indexOf("id=\"fitting\""), page.indexOf("id=\"not-fitting\""));
		String notFitting = page.substring(page.indexOf("id=\"not-fitting\""));
		assertThat(fitting).contains(f.shortOf(f.oldestTwoRooms), f.shortOf(f.newestOneRoom))
			.doesNotContain(f.shortOf(f.needsLift), f.shortOf(f.threeRoomsAvoidingStairwell))
			.contains("2 rum, hushållet behöver 2")
			.contains("Hyran 6\u00a0000 kr, högst 7\u00a0000 kr")
			.contains("Inte i ett område att undvika");
		assertThat(fitting.indexOf(f.shortOf(f.oldestTwoRooms)))
			.isLessThan(fitting.indexOf(f.shortOf(f.newestOneRoom)));
		assertThat(notFitting).contains("Hiss behövs men saknas")
			.contains("För få rum: 2, hushållet behöver 3")
			.contains("I ett område att undvika: " + f.prefix.toLowerCase() + "-a");

		String reverse = staff.get("/allocation/requests/" + f.needsLift + "/matches").body();
		String reverseFitting = reverse.substring(reverse.indexOf("id=\"fitting\""),
				reverse.indexOf("id=\"not-fitting\""));
		assertThat(reverseFitting).contains(f.prefix + "-2").doesNotContain(f.prefix + "-1<");
		assertThat(reverse.substring(reverse.indexOf("id=\"not-fitting\""))).contains(f.prefix + "-1")
			.contains("Hiss behövs men saknas");
	}

	@Test
	void anApartmentInAStairwellAtTheLimitIsBlockedUntilTheLeaseEnds() {
		Fixture f = new Fixture();
		ApiClient staff = as(User.of("bovard-" + f.prefix, "HOUSING", "HOUSING_STAFF"));
		offer(staff, f.threeRoomsWithLift);
		UUID neighbour = UUID.randomUUID();
		UUID lease = UUID.randomUUID();
		apartment(neighbour, f.prefix + "-3", f.prefix + "-B", f.prefix + "-F2", "Testgatan 1B", 2, "5000", false)
			.sendWith(this.kafka);
		EventMessage started = leaseStarted(lease, neighbour, f.prefix + "-B", "SOCIAL");
		started.sendWith(this.kafka);
		started.sendWith(this.kafka);
		eventually().untilAsserted(() -> assertThat(staff.get("/allocation/apartments").body()).contains(
				"Spärrad: trappuppgången " + f.prefix + "-B har 1 sociala kontrakt och borgen, avtalets gräns är 1"));

		assertThat(this.jdbc.sql("select count(*) from lease where lease_id = :id")
			.param("id", lease)
			.query(Long.class)
			.single()).isEqualTo(1);
		assertThat(this.jdbc
			.sql("select count(*) from processed_event where event_id = :id and consumer = 'allocation.leases'")
			.param("id", started.eventId())
			.query(Long.class)
			.single()).isEqualTo(1);
		assertThat(staff.get("/allocation/apartments/" + f.threeRoomsWithLift + "/matches").body())
			.contains("Lägenheten är spärrad av avtalets spridningsregler");
		assertThat(staff.get("/allocation/spread").body()).contains("<h1>Spridning av sociala kontrakt</h1>")
			.contains("<th scope=\"row\">" + f.prefix + "-B</th>")
			.contains("Trappuppgången har nått gränsen");

		EventMessage ended = leaseEnded(lease, neighbour, f.prefix + "-B", "SOCIAL");
		ended.sendWith(this.kafka);
		ended.sendWith(this.kafka);
		eventually().untilAsserted(
				() -> assertThat(staff.get("/allocation/apartments/" + f.threeRoomsWithLift + "/matches").body())
					.doesNotContain("Lägenheten är spärrad"));
	}

	@Test
	void staffOfferAndWithdrawAVacantApartmentAndALetOneIsNoLongerAvailable() {
		Fixture f = new Fixture();
		ApiClient staff = as(User.of("bovard-" + f.prefix, "HOUSING", "HOUSING_STAFF"));
		ApiClient caseworker = as(User.caseworker("hanna-" + f.prefix, "Vuxenenheten"));

		assertThat(caseworker.postForm("/allocation/apartments/" + f.twoRooms + "/social-contract", "").status())
			.isEqualTo(403);
		ApiClient.Response offered = staff.postForm("/allocation/apartments/" + f.twoRooms + "/social-contract", "");
		assertThat(offered.status()).isEqualTo(302);
		assertThat(staff.get("/allocation/apartments?done=offered").body())
			.contains("Lägenheten erbjuds nu för socialt kontrakt.")
			.contains("Förfrågningar som passar " + f.prefix + "-1");
		assertThat(forSocial(f.twoRooms)).isTrue();
		assertThat(caseworker.get("/allocation/apartments").body()).contains(f.prefix + "-1")
			.doesNotContain("Erbjud lägenhet " + f.prefix + "-1");
		assertThat(staff.postForm("/allocation/apartments/" + f.twoRooms + "/social-contract/withdrawal", "").status())
			.isEqualTo(302);
		assertThat(forSocial(f.twoRooms)).isFalse();
		assertThat(staff.get("/allocation/apartments/" + f.twoRooms + "/matches").status()).isEqualTo(409);

		offer(staff, f.twoRooms);
		EventMessage.like(HousingEvents.APARTMENT_LET)
			.about(f.twoRooms, "apartmentId")
			.with("objectNumber", f.prefix + "-1")
			.build()
			.sendWith(this.kafka);
		eventually().untilAsserted(() -> assertThat(forSocial(f.twoRooms)).isFalse());
		assertThat(staff.postForm("/allocation/apartments/" + f.twoRooms + "/social-contract", "").status())
			.isEqualTo(409);
	}

	private boolean forSocial(UUID apartment) {
		return this.jdbc.sql("select for_social_contract from apartment where apartment_id = :id")
			.param("id", apartment)
			.query(Boolean.class)
			.single();
	}

	private static void offer(ApiClient staff, UUID apartment) {
		assertThat(staff.postForm("/allocation/apartments/" + apartment + "/social-contract", "").status())
			.isEqualTo(302);
	}

	/** Two vacant apartments in two properties, and four requests of one caseworker. */
	private final class Fixture {

		final String prefix = "T" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();

		final UUID twoRooms = UUID.randomUUID();

		final UUID threeRoomsWithLift = UUID.randomUUID();

		final UUID oldestTwoRooms = UUID.randomUUID();

		final UUID needsLift = UUID.randomUUID();

		final UUID threeRoomsAvoidingStairwell = UUID.randomUUID();

		final UUID newestOneRoom = UUID.randomUUID();

		Fixture() {
			vacant(this.twoRooms, this.prefix + "-1", this.prefix + "-A", this.prefix + "-F1", "Testgatan 1A", 2,
					"6000", false);
			vacant(this.threeRoomsWithLift, this.prefix + "-2", this.prefix + "-B", this.prefix + "-F2", "Testgatan 1B",
					3, "8000", true);
			request(this.oldestTwoRooms, 2, 7000, false, "2020-01-01T08:00:00Z").sendWith(MatchingIT.this.kafka);
			request(this.needsLift, 2, 9000, true, "2020-01-02T08:00:00Z").sendWith(MatchingIT.this.kafka);
			EventMessage.like(SocialEvents.HOUSING_REQUEST_SUBMITTED)
				.about(this.threeRoomsAvoidingStairwell, "requestReference")
				.with("roomsNeeded", 3)
				.withNull("maxRent")
				.withNested("accessibility.lift", false)
				.withStrings("areasToAvoid", this.prefix.toLowerCase() + "-a")
				.occurredAt(Instant.parse("2020-01-03T08:00:00Z"))
				.build()
				.sendWith(MatchingIT.this.kafka);
			request(this.newestOneRoom, 1, 7000, false, "2020-01-04T08:00:00Z").sendWith(MatchingIT.this.kafka);
			eventually().untilAsserted(() -> assertThat(
					MatchingIT.this.jdbc.sql("select count(*) from housing_request where request_reference = :id")
						.param("id", this.newestOneRoom)
						.query(Long.class)
						.single())
				.isEqualTo(1));
			eventually().untilAsserted(() -> assertThat(MatchingIT.this.jdbc
				.sql("select count(*) from apartment where apartment_id = :id and available and address is not null")
				.param("id", this.threeRoomsWithLift)
				.query(Long.class)
				.single()).isEqualTo(1));
		}

		String shortOf(UUID reference) {
			return "<code>" + reference.toString().substring(0, 8) + "</code>";
		}

		private void vacant(UUID id, String objectNumber, String stairwell, String property, String address, int rooms,
				String rent, boolean lift) {
			apartment(id, objectNumber, stairwell, property, address, rooms, rent, lift)
				.sendWith(MatchingIT.this.kafka);
			EventMessage.like(HousingEvents.APARTMENT_VACATED)
				.about(id, "apartmentId")
				.with("objectNumber", objectNumber)
				.build()
				.sendWith(MatchingIT.this.kafka);
		}

		private EventMessage request(UUID reference, int rooms, int maxRent, boolean lift, String at) {
			return EventMessage.like(SocialEvents.HOUSING_REQUEST_SUBMITTED)
				.about(reference, "requestReference")
				.with("roomsNeeded", rooms)
				.with("maxRent", maxRent)
				.withNested("accessibility.lift", lift)
				.withStrings("areasToAvoid")
				.with("caseworker", "matchning-" + this.prefix)
				.occurredAt(Instant.parse(at))
				.build();
		}

	}

	private static EventMessage apartment(UUID id, String objectNumber, String stairwell, String property,
			String address, int rooms, String rent, boolean lift) {
		return EventMessage.like(HousingEvents.APARTMENT_REGISTERED)
			.about(id, "apartmentId")
			.with("objectNumber", objectNumber)
			.with("stairwell", stairwell)
			.with("property", property)
			.with("address", address)
			.with("rooms", rooms)
			.with("monthlyRent", new BigDecimal(rent))
			.with("lift", lift)
			.with("groundFloor", false)
			.with("adapted", false)
			.build();
	}

	private static EventMessage leaseStarted(UUID lease, UUID apartment, String stairwell, String type) {
		return EventMessage.like(HousingEvents.LEASE_STARTED)
			.about(apartment, "apartmentId")
			.with("leaseId", lease.toString())
			.with("stairwell", stairwell)
			.with("leaseType", type)
			.with("startDate", "2025-01-01")
			.withNull("endDate")
			.build();
	}

	private static EventMessage leaseEnded(UUID lease, UUID apartment, String stairwell, String type) {
		return EventMessage.like(HousingEvents.LEASE_ENDED)
			.about(apartment, "apartmentId")
			.with("leaseId", lease.toString())
			.with("stairwell", stairwell)
			.with("leaseType", type)
			.with("startDate", "2025-01-01")
			.with("endDate", "2026-01-31")
			.build();
	}

	private ApiClient as(User user) {
		return new ApiClient("http://localhost:" + this.port).withBearerToken(TestTokens.shared().token(user));
	}

	private static ConditionFactory eventually() {
		return await().atMost(Duration.ofSeconds(30));
	}

}
