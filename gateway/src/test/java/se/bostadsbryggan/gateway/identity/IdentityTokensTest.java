package se.bostadsbryggan.gateway.identity;

import java.text.ParseException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import org.junit.jupiter.api.Test;

import se.bostadsbryggan.testsupport.MovableClock;

import static org.assertj.core.api.Assertions.assertThat;

class IdentityTokensTest {

	private static final RSAKey KEY = SigningKeys.fromPemOrGenerated(null);

	private static final Duration LIFETIME = Duration.ofSeconds(60);

	private final MovableClock clock = new MovableClock(Instant.parse("2026-03-02T08:00:00Z"));

	private final IdentityTokens tokens = new IdentityTokens(KEY, LIFETIME, this.clock);

	private final IdentityTokens.Identity staff = new IdentityTokens.Identity(UUID.randomUUID(), "uthyrare",
			"Test uthyrare", "HOUSING", List.of("HOUSING_STAFF"), null);

	@Test
	void reusesATokenForTheSameIdentityDuringTheFirstHalfOfItsLifetime() {
		String first = this.tokens.issue(this.staff);
		this.clock.advance(Duration.ofSeconds(29));

		assertThat(this.tokens.issue(this.staff)).isEqualTo(first);
	}

	@Test
	void signsANewTokenOnceHalfTheLifetimeIsOver() throws ParseException {
		String first = this.tokens.issue(this.staff);
		this.clock.advance(Duration.ofSeconds(30));

		String second = this.tokens.issue(this.staff);

		assertThat(second).isNotEqualTo(first);
		JWTClaimsSet claims = SignedJWT.parse(second).getJWTClaimsSet();
		assertThat(claims.getIssueTime().toInstant()).isEqualTo(this.clock.instant());
		assertThat(claims.getExpirationTime().toInstant()).isEqualTo(this.clock.instant().plus(LIFETIME));
	}

	@Test
	void signsANewTokenWhenTheRolesChange() throws ParseException {
		String first = this.tokens.issue(this.staff);
		IdentityTokens.Identity manager = new IdentityTokens.Identity(this.staff.id(), "uthyrare", "Test uthyrare",
				"HOUSING", List.of("HOUSING_MANAGER"), null);

		String second = this.tokens.issue(manager);

		assertThat(second).isNotEqualTo(first);
		assertThat(SignedJWT.parse(second).getJWTClaimsSet().getStringListClaim("roles"))
			.containsExactly("HOUSING_MANAGER");
	}

	@Test
	void givesEachUserATokenThatNamesThemAndVerifiesAgainstTheKey() throws ParseException, JOSEException {
		IdentityTokens.Identity caseworker = new IdentityTokens.Identity(UUID.randomUUID(), "handlaggare",
				"Test handläggare", "SOCIAL", List.of("SOCIAL_CASEWORKER"), "Vuxenenheten");
		this.tokens.issue(this.staff);

		SignedJWT token = SignedJWT.parse(this.tokens.issue(caseworker));

		assertThat(token.verify(new RSASSAVerifier(KEY.toRSAPublicKey()))).isTrue();
		JWTClaimsSet claims = token.getJWTClaimsSet();
		assertThat(claims.getSubject()).isEqualTo(caseworker.id().toString());
		assertThat(claims.getStringClaim("preferred_username")).isEqualTo("handlaggare");
		assertThat(claims.getStringClaim("unit")).isEqualTo("Vuxenenheten");
		assertThat(claims.getStringClaim("org")).isEqualTo("SOCIAL");
	}

}
