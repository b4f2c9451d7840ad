package se.bostadsbryggan.social.placement;

import java.nio.charset.StandardCharsets;
import java.security.PublicKey;
import java.util.UUID;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Component;

import se.bostadsbryggan.contracts.social.Sealed;
import se.bostadsbryggan.contracts.social.SubtenantIdentity;
import se.bostadsbryggan.identity.Seals;

/**
 * Seals a subtenant's identity for the housing company: the {@link SubtenantIdentity} as
 * JSON (UTF-8), with the placement id's string form as associated data. The key is parsed
 * when the service starts: a deployment with a missing or weak key does not start, and
 * says which setting is wrong. The takeover of a social contract seals the new tenant
 * with the same key, bound to the lease id instead.
 */
@Component
public class SubtenantIdentitySeal {

	private final String keyId;

	private final PublicKey housingCompany;

	private final JsonMapper json;

	SubtenantIdentitySeal(SubtenantIdentityProperties properties, JsonMapper json) {
		this.keyId = properties.keyId();
		this.housingCompany = Seals.publicKey(properties.publicKey(), "bb.subtenant-identity.public-key");
		this.json = json;
	}

	/**
	 * @param placementId the placement, bound to the sealed value
	 * @param identity who will live there
	 * @return the identity sealed for the housing company
	 */
	Sealed seal(UUID placementId, SubtenantIdentity identity) {
		return seal(placementId.toString(), identity);
	}

	/**
	 * @param boundTo the string the sealed value is bound to (associated data, UTF-8),
	 * such as a lease id
	 * @param identity the person
	 * @return the identity sealed for the housing company
	 */
	public Sealed seal(String boundTo, SubtenantIdentity identity) {
		return Seals.seal(this.keyId, this.housingCompany, this.json.writeValueAsBytes(identity),
				boundTo.getBytes(StandardCharsets.UTF_8));
	}

	/**
	 * @return the id of the housing company's key pair
	 */
	public String keyId() {
		return this.keyId;
	}

}
