package se.bostadsbryggan.bench;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How the event latency part turns outbox and inbox times into latencies, and when a rate
 * step counts as sustained.
 */
class EventLatencyTest {

	private static final Instant T0 = Instant.parse("2026-12-03T10:00:00Z");

	@Test
	void latencyIsTheProcessedTimeMinusTheOccurredTimeOfTheSameEvent() {
		UUID first = UUID.randomUUID();
		UUID second = UUID.randomUUID();
		EventLatency.Phase phase = EventLatency.Phase.of("p", 2, Duration.ofSeconds(1), sent(2, 2),
				Map.of(first, times(0, 3.5), second, times(500, 501)), Map.of(first, at(12.25), second, at(540)), 0.1,
				Map.of());

		assertThat(phase.latencies()).containsExactlyInAnyOrder(12.25, 40.0);
		assertThat(phase.relay()).containsExactlyInAnyOrder(3.5, 1.0);
		assertThat(phase.consumer()).containsExactlyInAnyOrder(8.75, 39.0);
		assertThat(phase.brokenBecause(2)).isNull();
	}

	@Test
	void aStepWithUnprocessedEventsDidNotHoldAndNamesTheLaggingStage() {
		UUID done = UUID.randomUUID();
		UUID waiting = UUID.randomUUID();
		EventLatency.Phase phase = EventLatency.Phase.of("p", 2, Duration.ofSeconds(1), sent(2, 2),
				Map.of(done, times(0, 900), waiting, times(10, 950)), Map.of(done, at(910)), 5.0, Map.of());

		assertThat(phase.brokenBecause(2)).contains("1 of 2 events were still unprocessed").contains("relay lags");
	}

	@Test
	void aStepWhoseRequestsFailedDidNotHold() {
		UUID event = UUID.randomUUID();
		EventLatency.Phase phase = EventLatency.Phase.of("p", 100, Duration.ofSeconds(1), sent(100, 90),
				Map.of(event, times(0, 1)), Map.of(event, at(2)), 0.1, Map.of());

		assertThat(phase.brokenBecause(100)).contains("90 of 100 requests");
	}

	private static EventLatency.Driver.Result sent(int requested, int ok) {
		return new EventLatency.Driver.Result(requested, ok, List.of(5.0), Duration.ofSeconds(1));
	}

	private static Timestamp[] times(double occurredMillis, double sentMillis) {
		return new Timestamp[] { at(occurredMillis), at(sentMillis) };
	}

	private static Timestamp at(double millis) {
		return Timestamp.from(T0.plusNanos((long) (millis * 1_000_000)));
	}

}
