package se.bostadsbryggan.launcher;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What a local run has started so far. Closing it stops the apps in reverse start order
 * (so the gateway first), then the broker; anything added after closing is stopped at
 * once, so a Ctrl-C during start-up leaves nothing behind.
 */
final class RunningSystem implements AutoCloseable {

	private static final Logger logger = LoggerFactory.getLogger(RunningSystem.class);

	private final List<ServiceProcess> processes = new ArrayList<>();

	private KafkaBroker broker;

	private boolean closed;

	synchronized void add(KafkaBroker broker) {
		if (this.closed) {
			broker.close();
			throw new IllegalStateException("Stopping");
		}
		this.broker = broker;
	}

	synchronized void add(ServiceProcess process) {
		if (this.closed) {
			process.stop();
			throw new IllegalStateException("Stopping");
		}
		this.processes.add(process);
	}

	/**
	 * Forgets a process that has exited as it should (a training run), so that
	 * {@link #watch(PrintStream)} does not report it.
	 */
	synchronized void remove(ServiceProcess process) {
		this.processes.remove(process);
	}

	synchronized List<ServiceProcess> processes() {
		return List.copyOf(this.processes);
	}

	synchronized boolean isClosed() {
		return this.closed;
	}

	/**
	 * Blocks the calling thread until the system is closed, reporting any app that exits
	 * on its own meanwhile.
	 */
	void watch(PrintStream out) {
		Set<ServiceProcess> reported = new HashSet<>();
		while (!isClosed()) {
			for (ServiceProcess process : processes()) {
				if (!process.isAlive() && reported.add(process) && !isClosed()) {
					out.println();
					out.println(process.name() + " (pid " + process.pid() + ") exited. Last lines of "
							+ process.logFile() + ":");
					process.logTail(ServiceProcess.LOG_TAIL_LINES).forEach(out::println);
				}
			}
			try {
				Thread.sleep(1000);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return;
			}
		}
	}

	@Override
	public void close() {
		List<ServiceProcess> toStop;
		KafkaBroker toClose;
		synchronized (this) {
			if (this.closed) {
				return;
			}
			this.closed = true;
			toStop = new ArrayList<>(this.processes).reversed();
			toClose = this.broker;
		}
		for (ServiceProcess process : toStop) {
			try {
				process.stop();
			}
			catch (RuntimeException ex) {
				logger.warn("Could not stop {}: {}", process.name(), ex.getMessage());
				process.kill();
			}
		}
		if (toClose != null) {
			toClose.close();
		}
	}

}
