package se.bostadsbryggan.audit;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import se.bostadsbryggan.audit.AuditEntry.Detail;

import static org.assertj.core.api.Assertions.assertThat;

class AuditEntryTest {

	@Test
	void detailsAreShownAsOneFactEachWithAListAsItsSize() {
		AuditEntry entry = entry("{\"name\": \"lind\", \"results\": 2, \"subjects\": [\"a\", \"b\"]}");

		assertThat(entry.detailItems()).containsExactly(new Detail("name", "lind", null),
				new Detail("results", "2", null), new Detail("subjects", null, 2));
	}

	@Test
	void noDetailsGiveNoFacts() {
		assertThat(entry("{}").detailItems()).isEmpty();
		assertThat(entry(null).detailItems()).isEmpty();
	}

	private static AuditEntry entry(String details) {
		return new AuditEntry(1, Instant.parse("2026-11-25T10:00:00Z"), null, "handlaggare", "SOCIAL", "CLIENT_LIST",
				"CLIENT", null, "CASEWORK", Outcome.SUCCESS, null, false, details);
	}

}
