package se.bostadsbryggan.bench;

import java.io.PrintStream;
import java.nio.file.Path;

/**
 * What every part needs: where things are and how long to measure.
 *
 * @param repo the repository root (holds the built jars and {@code run.sh})
 * @param workDir scratch space of this suite run ({@code bench/target/work}): the local
 * runs' Kafka data and logs, load-tool scripts, nginx configuration
 * @param runs how many times each figure is measured (its median is reported)
 * @param smoke {@code true} for the short smoke version: fewer runs, shorter loads and
 * smaller national data, to check that the suite works, not to measure
 * @param pgAdminUrl admin JDBC URL of the local PostgreSQL ({@code BB_PG_URL})
 * @param pgAdminUser its admin role ({@code BB_PG_USER})
 * @param log where progress goes
 */
public record BenchContext(Path repo, Path workDir, int runs, boolean smoke, String pgAdminUrl, String pgAdminUser,
		PrintStream log) {

	/**
	 * Prints a progress line.
	 * @param format a {@link String#format} pattern
	 * @param arguments its arguments
	 */
	public void progress(String format, Object... arguments) {
		this.log.printf("[bench] " + format + "%n", arguments);
	}

	/**
	 * @param name a sub-directory name
	 * @return {@code <workDir>/<name>}
	 */
	public Path work(String name) {
		return this.workDir.resolve(name);
	}

}
