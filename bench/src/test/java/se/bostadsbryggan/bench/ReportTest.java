package se.bostadsbryggan.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

class ReportTest {

	private static final Machine MACHINE = new Machine("Test CPU", 2, 24000, "Debian GNU/Linux 12 (bookworm)", "6.1",
			"OpenJDK 64-Bit Server VM 25", "PostgreSQL 15.15", 0.5);

	@TempDir
	Path results;

	@Test
	void figuresCarryTheirMedianReferenceRatioAndTarget() {
		Figure met = new Figure("startup.restartSeconds", "Start-up", "s", List.of(12.0, 10.0, 11.0), "JVM defaults",
				List.of(30.0, 20.0, 22.0), Target.atMost(20));
		Figure missed = Figure.of("footprint.totalMebibytes", "Footprint", "MiB", List.of(1300.0, 1400.0),
				Target.atMost(1228.8));
		Figure atLeast = Figure.of("gateway.rpsRatio", "Gateway RPS ÷ direct RPS", "×", List.of(0.8),
				Target.atLeast(1));

		assertThat(met.value()).isEqualTo(11.0);
		assertThat(met.reference()).isEqualTo(22.0);
		assertThat(met.ratio()).isEqualTo(0.5);
		assertThat(met.met()).isTrue();
		assertThat(missed.value()).isEqualTo(1350.0);
		assertThat(missed.reference()).isNull();
		assertThat(missed.met()).isFalse();
		assertThat(missed.target().missedBy(missed.value())).isEqualTo(1350.0 - 1228.8, offset(1e-9));
		assertThat(atLeast.met()).isFalse();
		assertThat(atLeast.target().missedBy(0.8)).isEqualTo(0.2, offset(1e-9));
		assertThat(Figure.of("x", "x", "ms", List.of(1.0), null).met()).isNull();
	}

	@Test
	void writesMarkdownAndJsonWithEveryFigureAndTheMachine() throws Exception {
		PartResult startup = new PartResult("startup", "Footprint and start-up", "Measured *somehow*.",
				List.of(new Figure("startup.restartSeconds", "Start-up", "s", List.of(12.0, 10.0, 11.0), "JVM defaults",
						List.of(30.0, 20.0, 22.0), Target.atMost(20)),
						Figure.of("footprint.totalMebibytes", "Footprint", "MiB", List.of(1300.0, 1400.0),
								Target.atMost(1228.8))),
				List.of(Detail.preformatted("Plan", "Seq Scan on apartment")),
				List.of("The footprint misses its target because of Kafka."), null);
		PartResult failed = new PartResult("events", "Event latency", "", List.of(), List.of(), List.of(),
				"java.lang.IllegalStateException: no broker");
		Report report = new Report(Instant.parse("2026-12-03T18:00:00Z"), Duration.ofMinutes(42), "abc1234",
				"bench/run.sh", 3, false, MACHINE, List.of(startup, failed));

		Path markdown = report.write(this.results);

		assertThat(markdown.getFileName().toString()).isEqualTo("bench-20261203-180000.md");
		assertThat(this.results.resolve("latest.md")).hasSameTextualContentAs(markdown);
		String md = Files.readString(markdown);
		assertThat(md).contains("Test CPU, 2 cores, 24000 MiB")
			.contains("| Start-up | 11 s | JVM defaults: 22 s | 0.50× | ≤ 20 s | yes |")
			.contains("| Footprint | 1350 MiB | – | – | ≤ 1229 MiB | **no** (by 121 MiB) |")
			.contains("| Start-up | 11 s | 12, 10, 11 | JVM defaults: 22 s | 30, 20, 22 | ≤ 20 s | yes |")
			.contains("- The footprint misses its target because of Kafka.")
			.contains("```\nSeq Scan on apartment\n```")
			.contains("**Could not finish:** java.lang.IllegalStateException: no broker");
		JsonNode json = JsonMapper.builder().build().readTree(Files.readString(this.results.resolve("latest.json")));
		assertThat(json.path("commit").asString()).isEqualTo("abc1234");
		assertThat(json.path("machine").path("cores").asInt()).isEqualTo(2);
		JsonNode figure = json.path("parts").get(0).path("figures").get(0);
		assertThat(figure.path("key").asString()).isEqualTo("startup.restartSeconds");
		assertThat(figure.path("value").asDouble()).isEqualTo(11.0);
		assertThat(figure.path("reference").asDouble()).isEqualTo(22.0);
		assertThat(figure.path("ratio").asDouble()).isEqualTo(0.5);
		assertThat(figure.path("met").asBoolean()).isTrue();
		assertThat(figure.path("samples")).hasSize(3);
		assertThat(json.path("parts").get(1).path("error").asString()).contains("no broker");
	}

	@Test
	void aSmokeRunLeavesTheLatestReportAlone() throws Exception {
		Report smoke = new Report(Instant.parse("2026-12-03T18:00:00Z"), Duration.ofMinutes(1), "abc1234",
				"bench/run.sh --smoke", 1, true, MACHINE, List.of());

		Path markdown = smoke.write(this.results);

		assertThat(markdown.getFileName().toString()).isEqualTo("smoke-20261203-180000.md");
		assertThat(this.results.resolve("latest.md")).doesNotExist();
		assertThat(Files.readString(markdown)).contains("smoke version: not a measurement");
	}

	@Test
	void numbersKeepThreeSignificantDigitsOrSo() {
		assertThat(Report.number(1228.8)).isEqualTo("1229");
		assertThat(Report.number(20)).isEqualTo("20");
		assertThat(Report.number(12.34)).isEqualTo("12.3");
		assertThat(Report.number(0.456)).isEqualTo("0.46");
		assertThat(Report.number(0.5)).isEqualTo("0.5");
	}

}
