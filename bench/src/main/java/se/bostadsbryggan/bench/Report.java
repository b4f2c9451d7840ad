package se.bostadsbryggan.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The suite's report: every part's figures with their references and targets, the
 * machine, and how the run was made. Written as Markdown and JSON.
 *
 * @param started when the suite started
 * @param elapsed how long it ran
 * @param commit the Git commit measured
 * @param command the command line
 * @param runs runs per figure
 * @param smoke whether this was the smoke version
 * @param machine the machine
 * @param parts the parts' results
 */
public record Report(Instant started, Duration elapsed, String commit, String command, int runs, boolean smoke,
		Machine machine, List<PartResult> parts) {

	private static final DateTimeFormatter FILE_STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")
		.withZone(ZoneOffset.UTC);

	/**
	 * Writes {@code bench-<UTC time>.md} and {@code .json} and copies them to
	 * {@code latest.md} and {@code latest.json}.
	 * @param directory the results directory, {@code <repo>/bench/results}
	 * @return the Markdown file
	 * @throws IOException when it cannot write
	 */
	public Path write(Path directory) throws IOException {
		Files.createDirectories(directory);
		String stem = (this.smoke ? "smoke-" : "bench-") + FILE_STAMP.format(this.started);
		// Tool output names files under the repository: shown as <repo>/..., not as this
		// machine's path.
		String repo = directory.toAbsolutePath().normalize().getParent().getParent() + "/";
		String md = markdown().replace(repo, "<repo>/");
		String json = json().replace(repo, "<repo>/");
		Path markdown = directory.resolve(stem + ".md");
		Files.writeString(markdown, md, StandardCharsets.UTF_8);
		Files.writeString(directory.resolve(stem + ".json"), json, StandardCharsets.UTF_8);
		if (!this.smoke) {
			Files.writeString(directory.resolve("latest.md"), md, StandardCharsets.UTF_8);
			Files.writeString(directory.resolve("latest.json"), json, StandardCharsets.UTF_8);
		}
		return markdown;
	}

	/**
	 * @return the report as JSON: the fields of this record, each figure with its median
	 * value, reference, ratio and whether it meets its target
	 */
	public String json() {
		JsonMapper mapper = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();
		return mapper.writeValueAsString(new Json(this)) + "\n";
	}

	/**
	 * @return the report as Markdown
	 */
	public String markdown() {
		StringBuilder md = new StringBuilder();
		md.append("# Bostadsbryggan benchmark report\n\n");
		md.append("- Started: ")
			.append(this.started)
			.append(" (took ")
			.append(this.elapsed.toMinutes())
			.append(" min)\n");
		md.append("- Commit: `").append(this.commit).append("`\n");
		md.append("- Command: `").append(this.command).append("`\n");
		md.append("- Runs per figure: ")
			.append(this.runs)
			.append(this.smoke ? " (smoke version: not a measurement)" : "")
			.append("; each figure is the median of its runs, measured side by side with its reference\n");
		Machine m = this.machine;
		md.append("- Machine: ")
			.append(m.cpu())
			.append(", ")
			.append(m.cores())
			.append(" cores, ")
			.append(m.memoryMebibytes())
			.append(" MiB; ")
			.append(m.os())
			.append(", Linux ")
			.append(m.kernel())
			.append("; ")
			.append(m.java())
			.append("; ")
			.append(m.postgres())
			.append("; load average ")
			.append(number(m.loadAverage()))
			.append(" at start\n\n");
		md.append("## Summary\n\n");
		md.append("| Figure | Median | Reference | Ratio | Target | Met |\n|---|---:|---:|---:|---|---|\n");
		for (PartResult part : this.parts) {
			for (Figure figure : part.figures()) {
				md.append(row(figure));
			}
		}
		md.append('\n');
		for (PartResult part : this.parts) {
			md.append("## ").append(part.title()).append("\n\n");
			if (part.error() != null) {
				md.append("**Could not finish:** ").append(part.error()).append("\n\n");
			}
			if (!part.method().isBlank()) {
				md.append(part.method().strip()).append("\n\n");
			}
			if (!part.figures().isEmpty()) {
				md.append("| Figure | Median | Runs | Reference | Reference runs | Target | Met |\n")
					.append("|---|---:|---|---|---|---|---|\n");
				for (Figure figure : part.figures()) {
					md.append("| ")
						.append(figure.label())
						.append(" | ")
						.append(withUnit(figure.value(), figure.unit()))
						.append(" | ")
						.append(samples(figure.samples()))
						.append(" | ")
						.append((figure.referenceLabel() != null)
								? figure.referenceLabel() + ": " + withUnit(figure.reference(), figure.unit()) : "–")
						.append(" | ")
						.append(samples(figure.referenceSamples()))
						.append(" | ")
						.append(target(figure))
						.append(" | ")
						.append(met(figure))
						.append(" |\n");
				}
				md.append('\n');
			}
			for (String note : part.notes()) {
				md.append("- ").append(note).append('\n');
			}
			if (!part.notes().isEmpty()) {
				md.append('\n');
			}
			for (Detail detail : part.details()) {
				md.append("### ").append(detail.title()).append("\n\n");
				if (detail.preformatted()) {
					md.append("```\n").append(detail.text().strip()).append("\n```\n\n");
				}
				else {
					md.append(detail.text().strip()).append("\n\n");
				}
			}
		}
		return md.toString();
	}

	private static String row(Figure figure) {
		Double ratio = figure.ratio();
		return "| " + figure.label() + " | " + withUnit(figure.value(), figure.unit()) + " | "
				+ ((figure.referenceLabel() != null)
						? figure.referenceLabel() + ": " + withUnit(figure.reference(), figure.unit()) : "–")
				+ " | " + ((ratio != null) ? String.format(Locale.ROOT, "%.2f×", ratio) : "–") + " | " + target(figure)
				+ " | " + met(figure) + " |\n";
	}

	private static String target(Figure figure) {
		return (figure.target() != null) ? figure.target() + " " + figure.unit() : "–";
	}

	private static String met(Figure figure) {
		Boolean met = figure.met();
		if (met == null) {
			return "–";
		}
		return met ? "yes" : "**no** (by " + withUnit(figure.target().missedBy(figure.value()), figure.unit()) + ")";
	}

	private static String samples(List<Double> samples) {
		return samples.isEmpty() ? "–" : samples.stream().map(Report::number).collect(Collectors.joining(", "));
	}

	private static String withUnit(Double value, String unit) {
		return (value == null) ? "–" : number(value) + " " + unit;
	}

	/**
	 * @param value a number
	 * @return it with up to three significant decimals, no trailing zeros
	 */
	static String number(double value) {
		double magnitude = Math.abs(value);
		String text = (magnitude >= 100 || value == Math.rint(value)) ? String.format(Locale.ROOT, "%.0f", value)
				: (magnitude >= 10) ? String.format(Locale.ROOT, "%.1f", value)
						: String.format(Locale.ROOT, "%.2f", value);
		return text.contains(".") ? text.replaceAll("0+$", "").replaceAll("\\.$", "") : text;
	}

	/** The JSON shape: the record plus each figure's derived values. */
	record Json(Instant started, double elapsedSeconds, String commit, String command, int runs, boolean smoke,
			Machine machine, List<JsonPart> parts) {

		Json(Report report) {
			this(report.started(), report.elapsed().toMillis() / 1000.0, report.commit(), report.command(),
					report.runs(), report.smoke(), report.machine(),
					report.parts().stream().map(JsonPart::new).toList());
		}

	}

	record JsonPart(String name, String title, String method, List<JsonFigure> figures, List<Detail> details,
			List<String> notes, String error) {

		JsonPart(PartResult part) {
			this(part.name(), part.title(), part.method(), part.figures().stream().map(JsonFigure::new).toList(),
					part.details(), part.notes(), part.error());
		}

	}

	record JsonFigure(String key, String label, String unit, double value, List<Double> samples, String referenceLabel,
			Double reference, List<Double> referenceSamples, Double ratio, String target, Boolean met) {

		JsonFigure(Figure figure) {
			this(figure.key(), figure.label(), figure.unit(), figure.value(), figure.samples(), figure.referenceLabel(),
					figure.reference(), figure.referenceSamples(), figure.ratio(),
					(figure.target() != null) ? figure.target().toString() : null, figure.met());
		}

	}

}
