package se.bostadsbryggan.housing.subtenant;

import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * The private keys are read from the environment as Compose sets them, and a deployment
 * with a missing or unusable key does not start, naming the setting but never its value.
 */
class SubtenantKeysTest {

	/** The local key pair's private key in application.yml. */
	private static final String LOCAL_KEY = localKey();

	@Test
	void theCanonicalVariableBindsAKeyByItsId() {
		SubtenantIdentityProperties properties = bind(Map.of("BB_SUBTENANTIDENTITY_PRIVATEKEYS_K1", LOCAL_KEY));

		assertThat(properties.privateKeys()).containsOnlyKeys("k1");
		assertThat(SubtenantKeys.of(properties).byId()).containsOnlyKeys("k1");
		assertThat(properties.toString()).doesNotContain(LOCAL_KEY);
	}

	@Test
	void theComposeVariableWhichSpringBootDoesNotBindIsReadAsWellAndWinsForItsId() {
		Map<String, Object> environment = Map.of("BB_SUBTENANT_IDENTITY_PRIVATE_KEYS_K1", LOCAL_KEY, "PATH", "/bin");
		SubtenantIdentityProperties properties = bind(environment);
		assertThat(properties.privateKeys()).as("Spring Boot's binding").isEmpty();

		assertThat(SubtenantKeys.of(properties, environment).byId()).containsOnlyKeys("k1");
		// The local pair is public: with a key of the deployment's own it is not used.
		assertThat(SubtenantKeys
			.of(new SubtenantIdentityProperties(Map.of("local-1", LOCAL_KEY, "k1", "broken")), environment)
			.byId()).containsOnlyKeys("k1");
		assertThat(SubtenantKeys.of(new SubtenantIdentityProperties(Map.of("local-1", LOCAL_KEY)), Map.of()).byId())
			.containsOnlyKeys("local-1");
		assertThatIllegalStateException()
			.isThrownBy(() -> SubtenantKeys.of(properties, Map.of("BB_SUBTENANT_IDENTITY_PRIVATE_KEYS_K2", "")))
			.withMessageContaining("BB_SUBTENANT_IDENTITY_PRIVATE_KEYS_K2");
	}

	@Test
	void noKeyStopsTheStartNamingTheSetting() {
		assertThatIllegalStateException().isThrownBy(() -> SubtenantKeys.of(bind(Map.of())))
			.withMessageContaining("bb.subtenant-identity.private-keys");
	}

	@Test
	void anUnusableKeyStopsTheStartNamingItsSettingButNotItsValue() {
		String truncated = LOCAL_KEY.substring(0, 200);
		assertThatIllegalStateException()
			.isThrownBy(() -> SubtenantKeys.of(new SubtenantIdentityProperties(Map.of("k2", truncated))))
			.withMessageContaining("bb.subtenant-identity.private-keys.k2")
			.withMessageNotContaining(truncated);
		assertThatIllegalStateException()
			.isThrownBy(() -> SubtenantKeys.of(new SubtenantIdentityProperties(Map.of("k3", "not base64!"))))
			.withMessageContaining("bb.subtenant-identity.private-keys.k3");
	}

	private static SubtenantIdentityProperties bind(Map<String, Object> environment) {
		StandardEnvironment env = new StandardEnvironment();
		env.getPropertySources()
			.replace(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME, new SystemEnvironmentPropertySource(
					StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME, environment));
		return Binder.get(env)
			.bind("bb.subtenant-identity", SubtenantIdentityProperties.class)
			.orElseGet(() -> new SubtenantIdentityProperties(null));
	}

	private static String localKey() {
		try (var in = SubtenantKeysTest.class.getClassLoader().getResourceAsStream("application.yml")) {
			String yml = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
			int at = yml.indexOf("local-1: MII", yml.indexOf("subtenant-identity:"));
			return yml.substring(at + "local-1: ".length(), yml.indexOf('\n', at)).strip();
		}
		catch (java.io.IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

}
