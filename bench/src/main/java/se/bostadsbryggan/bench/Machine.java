package se.bostadsbryggan.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * The machine a suite run measured on, for the report.
 *
 * @param cpu the CPU model
 * @param cores the cores this JVM may use
 * @param memoryMebibytes total memory
 * @param os the operating system
 * @param kernel the kernel release
 * @param java the JDK that runs the apps
 * @param postgres the PostgreSQL server's version
 * @param loadAverage the 1-minute load average when the suite started
 */
public record Machine(String cpu, int cores, long memoryMebibytes, String os, String kernel, String java,
		String postgres, double loadAverage) {

	/**
	 * Reads the machine from {@code /proc}, {@code /etc/os-release}, this JVM and the
	 * PostgreSQL server.
	 * @param context the suite's context
	 * @return the machine
	 */
	public static Machine read(BenchContext context) {
		return new Machine(cpuModel(), Runtime.getRuntime().availableProcessors(), readMemoryMebibytes(), readOs(),
				firstLine(Path.of("/proc/sys/kernel/osrelease")),
				System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version"),
				postgres(context), readLoadAverage());
	}

	private static String cpuModel() {
		return lines(Path.of("/proc/cpuinfo")).stream()
			.filter((line) -> line.startsWith("model name"))
			.map((line) -> line.substring(line.indexOf(':') + 1).strip())
			.findFirst()
			.orElse("unknown");
	}

	private static long readMemoryMebibytes() {
		return lines(Path.of("/proc/meminfo")).stream()
			.filter((line) -> line.startsWith("MemTotal:"))
			.map((line) -> Long.parseLong(line.replaceAll("\\D+", "")) / 1024)
			.findFirst()
			.orElse(-1L);
	}

	private static String readOs() {
		return lines(Path.of("/etc/os-release")).stream()
			.filter((line) -> line.startsWith("PRETTY_NAME="))
			.map((line) -> line.substring("PRETTY_NAME=".length()).replace("\"", ""))
			.findFirst()
			.orElse("unknown");
	}

	private static double readLoadAverage() {
		String line = firstLine(Path.of("/proc/loadavg"));
		return line.isEmpty() ? -1 : Double.parseDouble(line.split(" ")[0]);
	}

	private static String postgres(BenchContext context) {
		try (Connection connection = DriverManager.getConnection(context.pgAdminUrl(), context.pgAdminUser(), "");
				Statement statement = connection.createStatement();
				ResultSet result = statement.executeQuery("show server_version")) {
			return result.next() ? "PostgreSQL " + result.getString(1) : "unknown";
		}
		catch (SQLException ex) {
			return "unreachable: " + ex.getMessage();
		}
	}

	private static String firstLine(Path file) {
		List<String> lines = lines(file);
		return lines.isEmpty() ? "" : lines.get(0).strip();
	}

	private static List<String> lines(Path file) {
		try {
			return Files.readAllLines(file);
		}
		catch (IOException ex) {
			return List.of();
		}
	}

}
