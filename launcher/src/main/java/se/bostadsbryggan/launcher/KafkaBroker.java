package se.bostadsbryggan.launcher;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import org.apache.kafka.common.utils.Time;
import org.apache.kafka.metadata.storage.Formatter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real single-node Apache Kafka broker (KRaft, combined broker and controller) running
 * inside this JVM, for the local run and for tests that stop and restart a broker.
 * <p>
 * The client listener is {@code PLAINTEXT://127.0.0.1:<port>}. The controller listener is
 * internal to the node; unless {@link Builder#controllerPort(int)} says otherwise it
 * takes a free loopback port chosen at each start, so a test only has to reserve one
 * port. Data lives in the data directory, which is formatted on first use (fixed cluster
 * id) and survives {@link #close()}: starting again on the same directory and port sees
 * the same topics, records and committed offsets.
 *
 * <pre>{@code
 * try (KafkaBroker broker = KafkaBroker.start(9092, Path.of(".run/kafka"))) {
 *     producerProps.put("bootstrap.servers", broker.bootstrapServers());
 * }
 * }</pre>
 */
public final class KafkaBroker implements AutoCloseable {

	/** The cluster id written when a data directory is formatted. */
	public static final String CLUSTER_ID = "Ym9zdGFkc2JyeWdnYW4wMQ";

	private static final Logger logger = LoggerFactory.getLogger(KafkaBroker.class);

	private static final int NODE_ID = 1;

	private static final String CONTROLLER_LISTENER = "CONTROLLER";

	private final int port;

	private final int controllerPort;

	private final Path dataDir;

	private final KafkaRaftServer server;

	private boolean closed;

	private KafkaBroker(int port, int controllerPort, Path dataDir, KafkaRaftServer server) {
		this.port = port;
		this.controllerPort = controllerPort;
		this.dataDir = dataDir;
		this.server = server;
	}

	/**
	 * Starts a broker with default options and returns once it accepts clients.
	 * @param port the client port on 127.0.0.1
	 * @param dataDir the log directory, created and formatted if needed
	 * @return the running broker
	 */
	public static KafkaBroker start(int port, Path dataDir) {
		return builder(port, dataDir).start();
	}

	/**
	 * Returns a builder for a broker with non-default options.
	 * @param port the client port on 127.0.0.1
	 * @param dataDir the log directory, created and formatted if needed
	 * @return a builder
	 */
	public static Builder builder(int port, Path dataDir) {
		return new Builder(port, dataDir);
	}

	/**
	 * Returns the client bootstrap address.
	 * @return {@code 127.0.0.1:<port>}
	 */
	public String bootstrapServers() {
		return "127.0.0.1:" + this.port;
	}

	/**
	 * Returns the client port.
	 * @return the port
	 */
	public int port() {
		return this.port;
	}

	/**
	 * Returns the port of the internal controller listener.
	 * @return the controller port
	 */
	public int controllerPort() {
		return this.controllerPort;
	}

	/**
	 * Returns the data directory.
	 * @return the log directory
	 */
	public Path dataDir() {
		return this.dataDir;
	}

	/**
	 * Shuts the broker down cleanly and waits until it has stopped. Safe to call twice.
	 */
	@Override
	public synchronized void close() {
		if (this.closed) {
			return;
		}
		this.closed = true;
		long started = System.nanoTime();
		this.server.shutdown();
		this.server.awaitShutdown();
		logger.info("Kafka broker on {} stopped in {} ms", bootstrapServers(), elapsedMillis(started));
	}

	static boolean isFormatted(Path dataDir) {
		return Files.exists(dataDir.resolve("meta.properties"));
	}

	static int freeLoopbackPort() {
		try (ServerSocket socket = new ServerSocket()) {
			socket.setReuseAddress(true);
			socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("No free loopback port", ex);
		}
	}

	private static long elapsedMillis(long startedNanos) {
		return Duration.ofNanos(System.nanoTime() - startedNanos).toMillis();
	}

	/**
	 * Options for a broker. Anything not covered by a method can be set as a raw broker
	 * property with {@link #property(String, String)}.
	 */
	public static final class Builder {

		private final int port;

		private final Path dataDir;

		private int controllerPort;

		private int partitions = 1;

		private final Map<String, String> extraProperties = new LinkedHashMap<>();

		private Builder(int port, Path dataDir) {
			if (port <= 0 || port > 65535) {
				throw new IllegalArgumentException("Invalid port " + port);
			}
			this.port = port;
			this.dataDir = Objects.requireNonNull(dataDir, "dataDir").toAbsolutePath().normalize();
		}

		/**
		 * Uses a fixed controller port instead of a free one chosen at start.
		 * @param controllerPort the controller listener port on 127.0.0.1
		 * @return this builder
		 */
		public Builder controllerPort(int controllerPort) {
			this.controllerPort = controllerPort;
			return this;
		}

		/**
		 * Sets the partition count of auto-created topics ({@code num.partitions},
		 * default 1).
		 * @param partitions the partition count
		 * @return this builder
		 */
		public Builder partitions(int partitions) {
			if (partitions < 1) {
				throw new IllegalArgumentException("partitions must be at least 1");
			}
			this.partitions = partitions;
			return this;
		}

		/**
		 * Sets a raw broker property, overriding the defaults.
		 * @param name the Kafka broker property
		 * @param value its value
		 * @return this builder
		 */
		public Builder property(String name, String value) {
			this.extraProperties.put(name, value);
			return this;
		}

		/**
		 * Formats the data directory if needed, starts the broker and returns once it
		 * accepts clients.
		 * @return the running broker
		 */
		public KafkaBroker start() {
			long started = System.nanoTime();
			int controller = (this.controllerPort != 0) ? this.controllerPort : freePortOtherThan(this.port);
			KafkaConfig config = new KafkaConfig(properties(controller), false);
			try {
				Files.createDirectories(this.dataDir);
				if (!isFormatted(this.dataDir)) {
					format();
				}
			}
			catch (IOException ex) {
				throw new UncheckedIOException("Cannot prepare Kafka data directory " + this.dataDir, ex);
			}
			KafkaRaftServer server = new KafkaRaftServer(config, Time.SYSTEM);
			try {
				server.startup();
			}
			catch (RuntimeException ex) {
				shutdownQuietly(server);
				throw new IllegalStateException("Kafka broker did not start on 127.0.0.1:" + this.port, ex);
			}
			KafkaBroker broker = new KafkaBroker(this.port, controller, this.dataDir, server);
			logger.info("Kafka broker started on {} (data in {}) in {} ms", broker.bootstrapServers(), this.dataDir,
					elapsedMillis(started));
			return broker;
		}

		Map<String, String> properties(int controller) {
			Map<String, String> props = new LinkedHashMap<>();
			props.put("process.roles", "broker,controller");
			props.put("node.id", String.valueOf(NODE_ID));
			props.put("controller.quorum.voters", NODE_ID + "@127.0.0.1:" + controller);
			props.put("controller.listener.names", CONTROLLER_LISTENER);
			props.put("listeners",
					"PLAINTEXT://127.0.0.1:" + this.port + "," + CONTROLLER_LISTENER + "://127.0.0.1:" + controller);
			props.put("advertised.listeners", "PLAINTEXT://127.0.0.1:" + this.port);
			props.put("inter.broker.listener.name", "PLAINTEXT");
			props.put("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT," + CONTROLLER_LISTENER + ":PLAINTEXT");
			props.put("log.dirs", this.dataDir.toString());
			props.put("num.partitions", String.valueOf(this.partitions));
			props.put("default.replication.factor", "1");
			props.put("min.insync.replicas", "1");
			props.put("offsets.topic.replication.factor", "1");
			props.put("offsets.topic.num.partitions", "5");
			props.put("transaction.state.log.replication.factor", "1");
			props.put("transaction.state.log.min.isr", "1");
			props.put("transaction.state.log.num.partitions", "5");
			props.put("share.coordinator.state.topic.replication.factor", "1");
			props.put("share.coordinator.state.topic.min.isr", "1");
			props.put("auto.create.topics.enable", "true");
			props.put("group.initial.rebalance.delay.ms", "0");
			// A local broker: fewer threads and a small compaction buffer (default 128
			// MiB).
			props.put("num.network.threads", "2");
			props.put("num.io.threads", "4");
			props.put("log.cleaner.dedupe.buffer.size", String.valueOf(16 * 1024 * 1024));
			props.putAll(this.extraProperties);
			return props;
		}

		private void format() {
			ByteArrayOutputStream output = new ByteArrayOutputStream();
			try (PrintStream printStream = new PrintStream(output, true, StandardCharsets.UTF_8)) {
				new Formatter().setPrintStream(printStream)
					.setNodeId(NODE_ID)
					.setClusterId(CLUSTER_ID)
					.setControllerListenerName(CONTROLLER_LISTENER)
					.setMetadataLogDirectory(this.dataDir.toString())
					.setDirectories(List.of(this.dataDir.toString()))
					.run();
			}
			catch (Exception ex) {
				throw new IllegalStateException("Cannot format Kafka data directory " + this.dataDir, ex);
			}
			logger.info("Formatted Kafka data directory {}: {}", this.dataDir,
					output.toString(StandardCharsets.UTF_8).strip());
		}

		private static int freePortOtherThan(int port) {
			int candidate = freeLoopbackPort();
			while (candidate == port) {
				candidate = freeLoopbackPort();
			}
			return candidate;
		}

		private static void shutdownQuietly(KafkaRaftServer server) {
			try {
				server.shutdown();
				server.awaitShutdown();
			}
			catch (RuntimeException ex) {
				logger.debug("Ignoring failure while shutting down a broker that did not start", ex);
			}
		}

	}

}
