package se.bostadsbryggan.bench;

import java.io.PrintStream;
import java.nio.file.Path;

/**
 * What every part needs: where things are and how long to measure.
 *
 * @param repo the repository root (holds the built jars and {@code run.sh})
 * @param workDir scratch space of this suite run ({@code bench/target/scratch}): the
 * local runs' Kafka data and logs, load-tool scripts, nginx configuration
 * @param runs how many times each figure is measured (its median is reported)
 * @param smoke {@code true} for the short smoke version: fewer runs, shorter loads and
 * smaller national data, to check that the suite works, not to measure
 * @param pgAdminUrl admin JDBC URL of the local PostgreSQL ({@code BB_PG_URL})
 * @param pgAdminUser its admin role ({@code BB_PG_USER})
 * @param portBase the first of the ports the suite's local runs use
 * ({@code BENCH_PORT_BASE}, 18080 by default): gateway {@code +0}, housing {@code +1},
 * social services {@code +2}, allocation {@code +3}, the gateway's management port
 * {@code +10}, Kafka {@code +1012}; a part's own helpers (nginx, a second service) use
 * {@code +20} to {@code +29}
 * @param databasePrefix put before the names of the suite's databases
 * ({@code BENCH_DB_PREFIX}, {@code bench_} by default)
 * @param log where progress goes
 */
public record BenchContext(Path repo, Path workDir, int runs, boolean smoke, String pgAdminUrl, String pgAdminUser,
		int portBase, String databasePrefix, PrintStream log) {

	/**
	 * Prints a progress line.
	 * @param format a {@link String#format} pattern
	 * @param arguments its arguments
	 */
	public void progress(String format, Object... arguments) {
		this.log.printf("[bench] " + format + "%n", arguments);
	}

	/**
	 * @param offset an offset from {@link #portBase()}
	 * @return the port
	 */
	public int port(int offset) {
		return this.portBase + offset;
	}

	/**
	 * @param name a sub-directory name
	 * @return {@code <workDir>/<name>}
	 */
	public Path work(String name) {
		return this.workDir.resolve(name);
	}

}
