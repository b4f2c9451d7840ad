package se.bostadsbryggan.bench;

import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class StatsTest {

	@Test
	void medianOfAnOddAndAnEvenNumberOfSamples() {
		assertThat(Stats.median(List.of(9.0, 1.0, 5.0))).isEqualTo(5.0);
		assertThat(Stats.median(List.of(4, 1, 3, 2))).isEqualTo(2.5);
	}

	@Test
	void percentilesByNearestRank() {
		List<Integer> hundred = IntStream.rangeClosed(1, 100).boxed().toList();
		assertThat(Stats.percentile(hundred, 50)).isEqualTo(50);
		assertThat(Stats.percentile(hundred, 95)).isEqualTo(95);
		assertThat(Stats.percentile(hundred, 99)).isEqualTo(99);
		assertThat(Stats.percentile(hundred, 100)).isEqualTo(100);
		assertThat(Stats.percentile(List.of(7.0), 99)).isEqualTo(7.0);
		assertThat(Stats.percentile(List.of(3.0, 1.0), 1)).isEqualTo(1.0);
	}

	@Test
	void refusesNoSamplesAndPercentilesOutsideTheRange() {
		assertThatIllegalArgumentException().isThrownBy(() -> Stats.median(List.of())).withMessage("No samples");
		assertThatIllegalArgumentException().isThrownBy(() -> Stats.percentile(List.of(1.0), 0));
		assertThatIllegalArgumentException().isThrownBy(() -> Stats.percentile(List.of(1.0), 100.5));
	}

}
