package se.bostadsbryggan.launcher;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

class AotCacheTest {

	private static final List<String> OPTIONS = List.of("-XX:+UseSerialGC", "-Xmx256m");

	@TempDir
	Path dir;

	@Test
	void isOnUnlessTurnedOff() {
		assertThat(AotCache.enabled(Map.of())).isTrue();
		assertThat(AotCache.enabled(Map.of("BB_AOT_CACHE", "on"))).isTrue();
		assertThat(AotCache.enabled(Map.of("BB_AOT_CACHE", " OFF "))).isFalse();
	}

	@Test
	void aCacheFitsOnlyTheJarAndOptionsItWasMadeFor() throws Exception {
		Path jar = TestJavaApps.executableJar(this.dir.resolve("housing-service-0.1.0-SNAPSHOT.jar"),
				HealthServer.class);
		FileTime builtAt = Files.getLastModifiedTime(jar);
		AotCache cache = new AotCache(this.dir.resolve("aot"), "housing-service", jar, OPTIONS);
		assertThat(cache.isCurrent()).isFalse();
		assertThat(cache.finishTraining()).as("no cache file written yet").isFalse();
		Files.createDirectories(cache.cacheFile().getParent());
		Files.writeString(cache.cacheFile(), "");
		assertThat(cache.finishTraining()).as("an empty file left by a JVM that failed to write it").isFalse();

		madeByTraining(cache);

		assertThat(cache.finishTraining()).isTrue();
		assertThat(cache.isCurrent()).isTrue();
		assertThat(cache.runOptions()).containsExactly("-XX:+UseSerialGC", "-Xmx256m",
				"-XX:AOTCache=" + this.dir.resolve("aot/housing-service/app.aot"));
		assertThat(cache.extractedJar())
			.isEqualTo(this.dir.resolve("aot/housing-service/app/housing-service-0.1.0-SNAPSHOT.jar"));
		assertThat(new AotCache(this.dir.resolve("aot"), "housing-service", jar, List.of("-Xmx128m")).isCurrent())
			.as("other JVM options")
			.isFalse();

		// A reproducible build: other classes, the same size-class of jar and the same
		// time.
		TestJavaApps.executableJar(jar, FailingApp.class);
		Files.setLastModifiedTime(jar, builtAt);
		assertThat(cache.isCurrent()).as("a new build of the jar").isFalse();
	}

	@Test
	void trainingFailsClearlyForAJarThatIsNoSpringBootJar() throws Exception {
		Path jar = TestJavaApps.executableJar(this.dir.resolve("gateway-0.1.0-SNAPSHOT.jar"), HealthServer.class);
		AotCache cache = new AotCache(this.dir.resolve("aot"), "gateway", jar, OPTIONS);

		assertThatIllegalStateException().isThrownBy(() -> cache.prepareTraining(this.dir))
			.withMessageContaining("Could not extract " + jar);
		assertThat(cache.isCurrent()).isFalse();
	}

	private static void madeByTraining(AotCache cache) throws Exception {
		Files.createDirectories(cache.extractedJar().getParent());
		Files.writeString(cache.extractedJar(), "thin jar");
		Files.writeString(cache.cacheFile(), "cache");
	}

}
