package se.bostadsbryggan.housing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.spec.RSAPublicKeySpec;
import java.time.LocalDate;
import java.util.UUID;

import tools.jackson.databind.json.JsonMapper;

import se.bostadsbryggan.contracts.social.Sealed;
import se.bostadsbryggan.contracts.social.SocialEvents;
import se.bostadsbryggan.contracts.social.SubtenantIdentity;
import se.bostadsbryggan.contracts.social.SubtenantIdentityShared;
import se.bostadsbryggan.identity.Seals;
import se.bostadsbryggan.testsupport.KafkaProbe;

/**
 * Subtenants' identities as social services share them: sealed with the public key of the
 * local key pair, whose private key is application.yml's {@code local-1}.
 */
public final class SubtenantIdentities {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final PublicKey LOCAL_PUBLIC_KEY = localPublicKey();

	private SubtenantIdentities() {
	}

	/**
	 * @param placementId the placement, also the associated data
	 * @param identity who
	 * @return the event's payload
	 */
	public static SubtenantIdentityShared shared(UUID placementId, SubtenantIdentity identity) {
		return new SubtenantIdentityShared(placementId, UUID.randomUUID(), LocalDate.of(2026, 11, 2),
				Seals.seal("local-1", LOCAL_PUBLIC_KEY, JSON.writeValueAsBytes(identity),
						placementId.toString().getBytes(StandardCharsets.UTF_8)));
	}

	/**
	 * @param associatedData what it is sealed for, e.g. a lease id's string form
	 * @param identity who
	 * @return the identity sealed for the housing company
	 */
	public static Sealed sealed(String associatedData, SubtenantIdentity identity) {
		return Seals.seal("local-1", LOCAL_PUBLIC_KEY, JSON.writeValueAsBytes(identity),
				associatedData.getBytes(StandardCharsets.UTF_8));
	}

	/**
	 * Shares an identity for a placement, as social services do.
	 * @param kafka the probe
	 * @param placementId the placement
	 * @param identity who
	 */
	public static void send(KafkaProbe kafka, UUID placementId, SubtenantIdentity identity) {
		IncomingEvents.send(kafka, SocialEvents.SUBTENANT_IDENTITY_SHARED, UUID.randomUUID(), placementId,
				shared(placementId, identity));
	}

	private static PublicKey localPublicKey() {
		try (InputStream in = SubtenantIdentities.class.getClassLoader().getResourceAsStream("application.yml")) {
			String yml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
			int at = yml.indexOf("local-1: MII", yml.indexOf("subtenant-identity:"));
			String base64 = yml.substring(at + "local-1: ".length(), yml.indexOf('\n', at)).strip();
			RSAPrivateCrtKey key = (RSAPrivateCrtKey) Seals.privateKey(base64, "local-1");
			return KeyFactory.getInstance("RSA")
				.generatePublic(new RSAPublicKeySpec(key.getModulus(), key.getPublicExponent()));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
