package se.bostadsbryggan.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Reads resident memory and CPU time of processes from Linux's {@code /proc}.
 */
public final class ProcStat {

	/** Linux reports CPU times in clock ticks of 10 ms ({@code USER_HZ} = 100). */
	private static final long MILLIS_PER_TICK = 10;

	private ProcStat() {
	}

	/**
	 * @param pid a process id
	 * @return its resident set size in MiB ({@code VmRSS}), or -1 when it is gone
	 */
	public static long residentMebibytes(long pid) {
		try {
			for (String line : Files.readAllLines(Path.of("/proc", String.valueOf(pid), "status"))) {
				if (line.startsWith("VmRSS:")) {
					return Long.parseLong(line.substring("VmRSS:".length()).strip().split("\\s+")[0]) / 1024;
				}
			}
			return -1;
		}
		catch (IOException ex) {
			return -1;
		}
	}

	/**
	 * @param pids process ids
	 * @return their user plus system CPU time so far, in ms (0 for a process that is
	 * gone)
	 */
	public static long cpuMillis(List<Long> pids) {
		long total = 0;
		for (long pid : pids) {
			total += cpuMillis(pid);
		}
		return total;
	}

	/**
	 * @param pid a process id
	 * @return its user plus system CPU time so far in ms, or 0 when it is gone
	 */
	public static long cpuMillis(long pid) {
		try {
			return cpuMillis(Files.readString(Path.of("/proc", String.valueOf(pid), "stat")));
		}
		catch (IOException ex) {
			return 0;
		}
	}

	static long cpuMillis(String stat) {
		// The command name (field 2) is in parentheses and may hold blanks: fields count
		// from the last ')'. utime and stime are fields 14 and 15.
		String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
		return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) * MILLIS_PER_TICK;
	}

}
