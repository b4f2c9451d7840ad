package se.bostadsbryggan.housing.csvimport;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;

import se.bostadsbryggan.testsupport.ApiClient;
import se.bostadsbryggan.testsupport.ServiceIntegrationTest;
import se.bostadsbryggan.testsupport.TestTokens;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * CSV imports of apartments with leases and of rent payments: all or nothing, and a
 * repeated import changes nothing. The sample files are the README's.
 */
@ServiceIntegrationTest
class CsvImportIT {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final List<String> TABLES = List.of("apartment", "lease", "tenant", "rent_payment", "rent_charge",
			"outbox_event");

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ApiClient api;

	@Value("${local.server.port}")
	int port;

	@Test
	void anApartmentFileWithOneBadRowChangesNothingAndReportsThatRow() {
		String prefix = "I" + UUID.randomUUID().toString().substring(0, 6);
		String file = """
				objectNumber;address;stairwell;rooms;area;rent;leaseType;leaseStart;tenantName;personalIdentityNumber
				%1$s-1;Östra gatan 1;OSTRA-1;2;55,0;6 100;SOCIAL;2026-02-01;;
				%1$s-2;Östra gatan 1;OSTRA-1;3;70,5;7 300;FIRST_HAND;2026-02-01;Nils Persson;19691204-7898
				%1$s-3;;OSTRA-1;tre;70,5;7 300;;;;
				""".formatted(prefix);
		List<Long> before = counts();

		Result rejected = post("/api/housing/imports/apartments", file);

		assertThat(rejected.status()).isEqualTo(400);
		assertThat(rejected.json().get("title").asString()).isEqualTo("Filen importerades inte");
		JsonNode rows = rejected.json().get("rows");
		assertThat(rows).hasSize(1);
		assertThat(rows.get(0).get("line").asInt()).isEqualTo(4);
		assertThat(rows.get(0).get("message").asString()).contains("Ange adress.")
			.contains("Värdet tre i kolumnen rooms (antal rum) har fel format.");
		assertThat(counts()).isEqualTo(before);

		ApiClient.Response page = this.api.postFile("/housing/imports/apartments", "file", "lagenheter.csv",
				file.getBytes(StandardCharsets.UTF_8));
		assertThat(page.status()).isEqualTo(200);
		assertThat(page.body()).contains("Filen importerades inte: 1 rader är felaktiga. Ingenting har ändrats.")
			.contains("Rad 4: ");
		assertThat(counts()).isEqualTo(before);
	}

	@Test
	void importingTheSameApartmentFileTwiceChangesNothingTheSecondTime() {
		Result first = post("/api/housing/imports/apartments", sample("apartments.csv"));
		assertThat(first.status()).as(first.body()).isEqualTo(200);
		assertThat(first.json().get("rows").asInt()).isEqualTo(4);
		assertThat(first.json().get("imported").asInt() + first.json().get("skipped").asInt()).isEqualTo(4);
		assertThat(this.api.get("/api/housing/apartments").body()).contains("2101-0003");
		List<Long> after = counts();

		Result second = post("/api/housing/imports/apartments", sample("apartments.csv"));

		assertThat(second.status()).isEqualTo(200);
		assertThat(second.json().get("imported").asInt()).isZero();
		assertThat(second.json().get("skipped").asInt()).isEqualTo(4);
		assertThat(counts()).isEqualTo(after);
		assertThat(this.jdbc.sql("""
				select l.type from lease l join apartment a on a.id = l.apartment_id
				where a.object_number like '2101-%' order by a.object_number
				""").query(String.class).list()).containsExactly("FIRST_HAND", "SOCIAL", "GUARANTEED");
	}

	@Test
	void aPaymentFileWithOneBadRowChangesNothingAndARepeatedImportIsANoOp() {
		post("/api/housing/imports/apartments", sample("apartments.csv"));
		String bad = sample("payments.csv").replace("7 900,00", "sjutusen") + "BG-1;9999-9999;100;2026-11-01\n";
		List<Long> before = counts();

		Result rejected = post("/api/housing/imports/payments", bad);

		assertThat(rejected.status()).isEqualTo(400);
		assertThat(rejected.json().get("rows")).extracting((row) -> row.get("line").asInt()).containsExactly(3, 6);
		assertThat(rejected.json().get("rows").get(0).get("message").asString())
			.isEqualTo("Beloppet sjutusen är inte ett belopp i kronor över noll med högst två decimaler.");
		assertThat(rejected.json().get("rows").get(1).get("message").asString())
			.isEqualTo("Det finns ingen lägenhet med objektnummer 9999-9999.");
		assertThat(counts()).isEqualTo(before);

		Result first = post("/api/housing/imports/payments", sample("payments.csv"));
		assertThat(first.status()).as(first.body()).isEqualTo(200);
		assertThat(first.json().get("imported").asInt() + first.json().get("skipped").asInt()).isEqualTo(4);
		assertThat(this.jdbc.sql("select count(*) from rent_payment where reference like 'BG-2026%'")
			.query(Long.class)
			.single()).isEqualTo(4);
		List<Long> after = counts();

		ApiClient.Response again = this.api.postFile("/housing/imports/payments", "file", "payments.csv",
				sample("payments.csv").getBytes(StandardCharsets.UTF_8));

		assertThat(again.body()).contains("Filen är importerad: 4 rader, 0 nya, 4 redan importerade.");
		assertThat(counts()).isEqualTo(after);
	}

	private List<Long> counts() {
		return TABLES.stream()
			.map((table) -> this.jdbc.sql("select count(*) from " + table).query(Long.class).single())
			.toList();
	}

	private Result post(String path, String csv) {
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path))
			.header("Authorization", "Bearer " + TestTokens.shared().allStaff())
			.header("Content-Type", "text/csv; charset=UTF-8")
			.POST(HttpRequest.BodyPublishers.ofString(csv, StandardCharsets.UTF_8))
			.build();
		try (HttpClient http = HttpClient.newHttpClient()) {
			HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
			return new Result(response.statusCode(), response.body());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private static String sample(String name) {
		try (InputStream in = CsvImportIT.class.getResourceAsStream("/import/" + name)) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

	private record Result(int status, String body) {

		JsonNode json() {
			return JSON.readTree(this.body);
		}

	}

}
