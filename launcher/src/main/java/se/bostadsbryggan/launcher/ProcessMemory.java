package se.bostadsbryggan.launcher;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalLong;

/**
 * Reads a process's resident set size from {@code /proc/<pid>/status} (Linux).
 */
final class ProcessMemory {

	private ProcessMemory() {
	}

	static OptionalLong residentMebibytes(long pid) {
		try {
			return residentMebibytes(Files.readAllLines(Path.of("/proc", String.valueOf(pid), "status")));
		}
		catch (IOException ex) {
			return OptionalLong.empty();
		}
	}

	static OptionalLong residentMebibytes(List<String> statusLines) {
		for (String line : statusLines) {
			if (line.startsWith("VmRSS:")) {
				String[] parts = line.substring("VmRSS:".length()).strip().split("\\s+");
				return OptionalLong.of(Long.parseLong(parts[0]) / 1024);
			}
		}
		return OptionalLong.empty();
	}

}
