package se.bostadsbryggan.launcher;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

class ServiceProcessTest {

	@TempDir
	Path dir;

	@Test
	void usesLeanDefaultJvmOptionsUnlessBbJavaOptsIsSet() {
		assertThat(ServiceProcess.jvmOptions(Map.of())).isEqualTo(ServiceProcess.DEFAULT_JVM_OPTIONS)
			.contains("-XX:+UseSerialGC", "-Xmx256m");
		assertThat(ServiceProcess.jvmOptions(Map.of("BB_JAVA_OPTS", "  ")))
			.isEqualTo(ServiceProcess.DEFAULT_JVM_OPTIONS);
		assertThat(ServiceProcess.jvmOptions(Map.of("BB_JAVA_OPTS", " -Xmx512m  -XX:+UseG1GC ")))
			.containsExactly("-Xmx512m", "-XX:+UseG1GC");
	}

	@Test
	void theGatewayKeepsTheC2CompilerUnlessBbJavaOptsIsSet() {
		assertThat(ServiceProcess.DEFAULT_JVM_OPTIONS).contains("-XX:TieredStopAtLevel=1");
		assertThat(ServiceProcess.jvmOptions(Map.of(), ServiceProcess.GATEWAY_JVM_OPTIONS))
			.containsExactlyElementsOf(ServiceProcess.DEFAULT_JVM_OPTIONS.stream()
				.filter((option) -> !option.equals("-XX:TieredStopAtLevel=1"))
				.toList());
		assertThat(ServiceProcess.jvmOptions(Map.of("BB_JAVA_OPTS", "-Xmx512m"), ServiceProcess.GATEWAY_JVM_OPTIONS))
			.containsExactly("-Xmx512m");
	}

	@Test
	void runsTheJarOnTheJdkOfThisJvm() throws Exception {
		Path jar = Files.writeString(this.dir.resolve("app.jar"), "jar");

		List<String> command = ServiceProcess.builder("app", this.dir)
			.jar(jar)
			.jvmOptions(List.of("-Xmx64m"))
			.arguments("--debug")
			.command();

		assertThat(command).containsExactly(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
				"-Xmx64m", "-jar", jar.toAbsolutePath().toString(), "--debug");
	}

	@Test
	void needsSomethingToRun() {
		assertThatIllegalStateException().isThrownBy(() -> ServiceProcess.builder("app", this.dir).command())
			.withMessageContaining("Give a jar or a main class");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> ServiceProcess.builder("app", this.dir).jar(this.dir.resolve("missing.jar")))
			.withMessageContaining("No such jar");
		assertThatIllegalArgumentException().isThrownBy(() -> ServiceProcess.builder("../app", this.dir));
	}

	@Test
	void readsTheTailOfALog() throws Exception {
		Path log = Files.write(this.dir.resolve("app.log"),
				IntStream.rangeClosed(1, 100).mapToObj(String::valueOf).toList());

		assertThat(ServiceProcess.tail(log, 3)).containsExactly("98", "99", "100");
		assertThat(ServiceProcess.tail(this.dir.resolve("none.log"), 3)).isEmpty();
	}

	@Test
	void readsResidentMemoryFromProcStatus() {
		assertThat(ProcessMemory.residentMebibytes(List.of("Name:\tjava", "VmRSS:\t  314572 kB", "VmSwap:\t0 kB")))
			.hasValue(307);
		assertThat(ProcessMemory.residentMebibytes(List.of("Name:\tjava"))).isEmpty();
		assertThat(ProcessMemory.residentMebibytes(ProcessHandle.current().pid()).orElseThrow()).isPositive();
	}

}
