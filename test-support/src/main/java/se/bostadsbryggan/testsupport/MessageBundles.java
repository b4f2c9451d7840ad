package se.bostadsbryggan.testsupport;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Keeps a Swedish and an English message bundle in step: the same keys, no empty text.
 */
public final class MessageBundles {

	private MessageBundles() {
	}

	/**
	 * @param basename the bundle's classpath base name, e.g. {@code messages}
	 */
	public static void assertSwedishAndEnglishInStep(String basename) {
		Properties swedish = load(basename + "_sv.properties");
		Properties english = load(basename + "_en.properties");
		Set<String> onlySwedish = new TreeSet<>(swedish.stringPropertyNames());
		onlySwedish.removeAll(english.stringPropertyNames());
		Set<String> onlyEnglish = new TreeSet<>(english.stringPropertyNames());
		onlyEnglish.removeAll(swedish.stringPropertyNames());
		assertThat(onlySwedish).as("keys in %s_sv but not in %s_en", basename, basename).isEmpty();
		assertThat(onlyEnglish).as("keys in %s_en but not in %s_sv", basename, basename).isEmpty();
		assertThat(swedish.stringPropertyNames()).as("%s_sv has texts", basename).isNotEmpty();
		swedish.forEach((key, value) -> assertThat(value.toString()).as("sv %s", key).isNotBlank());
		english.forEach((key, value) -> assertThat(value.toString()).as("en %s", key).isNotBlank());
	}

	private static Properties load(String resource) {
		try (InputStream in = MessageBundles.class.getClassLoader().getResourceAsStream(resource)) {
			assertThat(in).as(resource).isNotNull();
			Properties properties = new Properties();
			properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
			return properties;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
