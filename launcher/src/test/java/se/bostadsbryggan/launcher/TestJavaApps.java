package se.bostadsbryggan.launcher;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

/**
 * Builds runnable stand-in apps from this module's test classes.
 */
final class TestJavaApps {

	private TestJavaApps() {
	}

	/** The directory holding the compiled test classes, usable as a class path. */
	static String testClassPath() {
		try {
			return Path.of(HealthServer.class.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
		}
		catch (URISyntaxException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** Writes an executable jar holding the single class file of {@code mainClass}. */
	static Path executableJar(Path jar, Class<?> mainClass) {
		Manifest manifest = new Manifest();
		manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
		manifest.getMainAttributes().put(Attributes.Name.MAIN_CLASS, mainClass.getName());
		String entry = mainClass.getName().replace('.', '/') + ".class";
		try {
			Files.createDirectories(jar.getParent());
			try (OutputStream file = Files.newOutputStream(jar);
					JarOutputStream out = new JarOutputStream(file, manifest);
					InputStream classFile = mainClass.getClassLoader().getResourceAsStream(entry)) {
				out.putNextEntry(new JarEntry(entry));
				classFile.transferTo(out);
				out.closeEntry();
			}
			return jar;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
