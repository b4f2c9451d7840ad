package se.bostadsbryggan.bench;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class BenchTest {

	@Test
	void readsItsOptions() {
		assertThat(Bench.options(new String[] { "--parts=startup,gateway", "--runs=5", "--smoke" }))
			.containsEntry("parts", "startup,gateway")
			.containsEntry("runs", "5")
			.containsEntry("smoke", "");
		assertThatIllegalArgumentException().isThrownBy(() -> Bench.options(new String[] { "--fast" }))
			.withMessageContaining("Unknown option --fast");
		assertThatIllegalArgumentException().isThrownBy(() -> Bench.options(new String[] { "startup" }))
			.withMessageContaining("Unknown argument 'startup'");
	}

	@Test
	void choosesPartsByName() {
		assertThat(Bench.choose(null)).extracting(Part::name)
			.containsExactlyElementsOf(Bench.parts().stream().map(Part::name).toList());
		assertThat(Bench.choose(" startup ")).extracting(Part::name).containsExactly("startup");
		assertThatIllegalArgumentException().isThrownBy(() -> Bench.choose("startup,nope"))
			.withMessageContaining("No part 'nope'");
	}

	@Test
	void acceptsOnlyADatabasePrefixThatCannotNameADevelopersDatabase() {
		assertThat(Bench.databasePrefix("bench_")).isEqualTo("bench_");
		assertThatIllegalArgumentException().isThrownBy(() -> Bench.databasePrefix(""));
		assertThatIllegalArgumentException().isThrownBy(() -> Bench.databasePrefix("bench"));
		assertThatIllegalArgumentException().isThrownBy(() -> Bench.databasePrefix("x; drop database housing; _"));
	}

}
