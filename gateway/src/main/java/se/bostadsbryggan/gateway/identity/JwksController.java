package se.bostadsbryggan.gateway.identity;

import java.util.Map;

import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The public keys the services verify identity tokens with (JWKS, RFC 7517). Open to
 * anyone: it holds no secret.
 */
@RestController
class JwksController {

	private final IdentityTokens tokens;

	JwksController(IdentityTokens tokens) {
		this.tokens = tokens;
	}

	@GetMapping(path = "/.well-known/jwks.json", produces = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<Map<String, Object>> jwks() {
		return ResponseEntity.ok().cacheControl(CacheControl.noCache()).body(this.tokens.publicKeys());
	}

}
