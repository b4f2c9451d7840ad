package se.bostadsbryggan.launcher;

import java.nio.file.Path;
import java.util.List;

/**
 * Thrown when a {@link ServiceProcess} exits or stays unhealthy while it is awaited. The
 * message ends with the tail of the process's log.
 */
public class ServiceNotHealthyException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	private final String serviceName;

	private final transient Path logFile;

	private final List<String> logTail;

	ServiceNotHealthyException(String serviceName, String problem, Path logFile, List<String> logTail) {
		super(message(serviceName, problem, logFile, logTail));
		this.serviceName = serviceName;
		this.logFile = logFile;
		this.logTail = List.copyOf(logTail);
	}

	/**
	 * Returns the name of the process.
	 * @return the name
	 */
	public String serviceName() {
		return this.serviceName;
	}

	/**
	 * Returns the process's log file.
	 * @return the log file
	 */
	public Path logFile() {
		return this.logFile;
	}

	/**
	 * Returns the last lines of the log when the failure was seen.
	 * @return the lines, oldest first
	 */
	public List<String> logTail() {
		return this.logTail;
	}

	private static String message(String serviceName, String problem, Path logFile, List<String> logTail) {
		StringBuilder message = new StringBuilder(serviceName).append(' ').append(problem);
		message.append(System.lineSeparator())
			.append("--- last ")
			.append(logTail.size())
			.append(" lines of ")
			.append(logFile)
			.append(" ---");
		logTail.forEach((line) -> message.append(System.lineSeparator()).append(line));
		return message.toString();
	}

}
