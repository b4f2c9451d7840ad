package se.bostadsbryggan.housing.subtenant;

import java.security.PrivateKey;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import se.bostadsbryggan.identity.Seals;

/**
 * The private keys of {@link SubtenantIdentityProperties}, parsed once at start: a key
 * that is missing, not base64, not an RSA PKCS#8 key or shorter than
 * {@value Seals#MIN_RSA_BITS} bits stops the service with the setting's name (never its
 * value). The local key {@value #LOCAL_KEY_ID} of application.yml, whose pair is in the
 * repository, is used only while no other key is set.
 */
final class SubtenantKeys {

	/** The key id of the local key pair in application.yml (local run and tests only). */
	static final String LOCAL_KEY_ID = "local-1";

	/** The environment variables of the keys, followed by the key id. */
	static final String VARIABLE_PREFIX = "BB_SUBTENANT_IDENTITY_PRIVATE_KEYS_";

	private final Map<String, PrivateKey> byId;

	private SubtenantKeys(Map<String, PrivateKey> byId) {
		this.byId = Map.copyOf(byId);
	}

	/**
	 * @param properties the settings
	 * @return the parsed keys
	 * @throws IllegalStateException naming the setting when there is no key or a key is
	 * not usable
	 */
	static SubtenantKeys of(SubtenantIdentityProperties properties) {
		return of(properties, Map.of());
	}

	/**
	 * Spring Boot binds a map under a prefix with a dash only from its canonical variable
	 * ({@code BB_SUBTENANTIDENTITY_PRIVATEKEYS_<ID>}); the documented
	 * {@value #VARIABLE_PREFIX}{@code <ID>} is read here, the id in lower case as Spring
	 * Boot makes it.
	 * @param properties the settings
	 * @param systemEnvironment the process's environment variables
	 * @return the parsed keys
	 * @throws IllegalStateException naming the setting when there is no key or a key is
	 * not usable
	 */
	static SubtenantKeys of(SubtenantIdentityProperties properties, Map<String, ?> systemEnvironment) {
		// By key id: the setting's name (for errors) and its value.
		Map<String, Map.Entry<String, String>> settings = new LinkedHashMap<>();
		properties.privateKeys()
			.forEach((id, base64) -> settings.put(id,
					Map.entry(SubtenantIdentityProperties.PRIVATE_KEYS + "." + id, String.valueOf(base64))));
		systemEnvironment.forEach((name, value) -> {
			if (name.startsWith(VARIABLE_PREFIX) && name.length() > VARIABLE_PREFIX.length()) {
				settings.put(name.substring(VARIABLE_PREFIX.length()).toLowerCase(Locale.ROOT),
						Map.entry(name, String.valueOf(value)));
			}
		});
		if (settings.size() > 1) {
			// application.yml's local pair is public: a deployment with its own key never
			// opens with it.
			settings.remove(LOCAL_KEY_ID);
		}
		if (settings.isEmpty()) {
			throw new IllegalStateException(SubtenantIdentityProperties.PRIVATE_KEYS + " has no key: set "
					+ VARIABLE_PREFIX + "<ID> (base64 PKCS#8 DER) to the housing company's private key whose "
					+ "public key social services seal with");
		}
		Map<String, PrivateKey> keys = new LinkedHashMap<>();
		settings.forEach((id, setting) -> keys.put(id, Seals.privateKey(setting.getValue(), setting.getKey())));
		return new SubtenantKeys(keys);
	}

	Map<String, PrivateKey> byId() {
		return this.byId;
	}

	@Override
	public String toString() {
		return "SubtenantKeys" + this.byId.keySet();
	}

}
