package se.bostadsbryggan.launcher;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.awaitility.Awaitility.await;

class ServiceProcessIT {

	@TempDir
	Path logDir;

	private ServiceProcess process;

	@AfterEach
	void killLeftovers() {
		if (this.process != null) {
			this.process.kill();
		}
	}

	@Test
	void startsAJavaChildThatBecomesHealthyAndStopsItCompletely() throws Exception {
		int port = KafkaBroker.freeLoopbackPort();
		this.process = healthServer("health", port, "spawn-child").environment(Map.of("BB_DEMO_ENABLED", "true"))
			.start();

		this.process.awaitHealthy(URI.create("http://127.0.0.1:" + port + "/actuator/health/readiness"),
				Duration.ofSeconds(30));

		assertThat(this.process.isAlive()).isTrue();
		assertThat(this.process.residentMemoryMebibytes().orElseThrow()).isPositive();
		ProcessHandle grandchild = grandchild(this.process);
		assertThat(this.process.logFile()).isEqualTo(this.logDir.resolve("health.log"));
		assertThat(Files.readString(this.process.logFile())).contains("env BB_DEMO_ENABLED=true")
			.contains("serving on " + port);
		ProcessHandle handle = ProcessHandle.of(this.process.pid()).orElseThrow();

		this.process.stop();

		assertThat(this.process.isAlive()).isFalse();
		assertThat(handle.isAlive()).isFalse();
		assertThat(grandchild.isAlive()).isFalse();
	}

	@Test
	void killEndsTheProcessAndItsDescendantsAtOnce() throws Exception {
		int port = KafkaBroker.freeLoopbackPort();
		this.process = healthServer("crashy", port, "spawn-child").start();
		this.process.awaitHealthy(URI.create("http://127.0.0.1:" + port + "/"), Duration.ofSeconds(30));
		ProcessHandle grandchild = grandchild(this.process);

		this.process.kill();

		assertThat(this.process.isAlive()).isFalse();
		assertThat(grandchild.isAlive()).isFalse();
	}

	@Test
	void awaitHealthyFailsFastWithTheLogTailWhenTheProcessExits() {
		this.process = ServiceProcess.builder("failing", this.logDir)
			.mainClass(TestJavaApps.testClassPath(), FailingApp.class.getName())
			.start();

		assertThatExceptionOfType(ServiceNotHealthyException.class)
			.isThrownBy(() -> this.process.awaitHealthy(URI.create("http://127.0.0.1:9/"), Duration.ofSeconds(60)))
			.withMessageContaining("failing exited with code 3")
			.withMessageContaining("boom: cannot connect to the database")
			.satisfies((ex) -> assertThat(ex.logTail()).contains("boom: cannot connect to the database"));
	}

	@Test
	void awaitHealthyGivesUpAfterTheTimeoutAndTheProcessCanStillBeStopped() {
		int port = KafkaBroker.freeLoopbackPort();
		int unusedPort = KafkaBroker.freeLoopbackPort();
		this.process = healthServer("slow", port).start();

		assertThatExceptionOfType(ServiceNotHealthyException.class)
			.isThrownBy(() -> this.process.awaitHealthy(URI.create("http://127.0.0.1:" + unusedPort + "/"),
					Duration.ofSeconds(1)))
			.withMessageContaining("slow not healthy at http://127.0.0.1:" + unusedPort + "/ within 1 s");
		this.process.stop();
		assertThat(this.process.isAlive()).isFalse();
	}

	@Test
	void appendsToTheLogOfAnEarlierRun() throws Exception {
		Files.writeString(this.logDir.resolve("again.log"), "earlier run\n");
		this.process = ServiceProcess.builder("again", this.logDir)
			.mainClass(TestJavaApps.testClassPath(), FailingApp.class.getName())
			.start();

		await().atMost(Duration.ofSeconds(30)).until(() -> !this.process.isAlive());

		assertThat(this.process.logTail(10)).startsWith("earlier run").contains("boom: cannot connect to the database");
	}

	private ServiceProcess.Builder healthServer(String name, int port, String... extraArguments) {
		List<String> arguments = new ArrayList<>();
		arguments.add(String.valueOf(port));
		arguments.addAll(List.of(extraArguments));
		return ServiceProcess.builder(name, this.logDir)
			.mainClass(TestJavaApps.testClassPath(), HealthServer.class.getName())
			.arguments(arguments.toArray(String[]::new));
	}

	private static ProcessHandle grandchild(ServiceProcess process) {
		await().atMost(Duration.ofSeconds(10))
			.until(() -> process.logTail(50).stream().anyMatch((line) -> line.startsWith("child-pid=")));
		long pid = process.logTail(50)
			.stream()
			.filter((line) -> line.startsWith("child-pid="))
			.map((line) -> Long.parseLong(line.substring("child-pid=".length())))
			.findFirst()
			.orElseThrow();
		return ProcessHandle.of(pid).orElseThrow();
	}

}
