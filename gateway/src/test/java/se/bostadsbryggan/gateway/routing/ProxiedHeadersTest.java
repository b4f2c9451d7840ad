package se.bostadsbryggan.gateway.routing;

import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.http.HttpHeaders;

import static org.assertj.core.api.Assertions.assertThat;

class ProxiedHeadersTest {

	@Test
	void dropsHeadersOnlyTheGatewayMaySetAndSendsItsOwn() {
		HttpHeaders incoming = new HttpHeaders();
		incoming.add("X-BB-Identity", "someone-else");
		incoming.add("x-bb-roles", "HOUSING_MANAGER");
		incoming.add("X-Forwarded-Host", "evil.example");
		incoming.add("Forwarded", "for=1.2.3.4");
		incoming.add("Authorization", "Bearer abc");
		incoming.add("Cookie", "bb-lang=en");
		incoming.add("Accept", "text/html");

		HttpHeaders outgoing = ProxiedHeaders.toService(incoming, "corr-12345678", null,
				Map.of("Authorization", "Bearer gateway-token"));

		assertThat(outgoing.containsHeader("X-BB-Identity")).isFalse();
		assertThat(outgoing.containsHeader("X-BB-Roles")).isFalse();
		assertThat(outgoing.containsHeader("X-Forwarded-Host")).isFalse();
		assertThat(outgoing.containsHeader("Forwarded")).isFalse();
		assertThat(outgoing.get("Authorization")).containsExactly("Bearer gateway-token");
		assertThat(outgoing.get("Cookie")).containsExactly("bb-lang=en");
		assertThat(outgoing.get("Accept")).containsExactly("text/html");
	}

	@Test
	void sendsTheGatewaysCorrelationIdInsteadOfTheClients() {
		HttpHeaders incoming = new HttpHeaders();
		incoming.add("X-Correlation-Id", "<not valid>");

		HttpHeaders outgoing = ProxiedHeaders.toService(incoming, "made-by-gateway-1", null, Map.of());

		assertThat(outgoing.get("X-Correlation-Id")).containsExactly("made-by-gateway-1");
	}

	@Test
	void sendsTheContentTypeAsTheClientSentIt() {
		HttpHeaders incoming = new HttpHeaders();
		incoming.add("Content-Type", "application/json;charset=UTF-8");

		HttpHeaders outgoing = ProxiedHeaders.toService(incoming, null, "application/json", Map.of());

		assertThat(outgoing.get("Content-Type")).containsExactly("application/json");
	}

	@Test
	void leavesTheCorrelationIdOfTheResponseToTheGateway() {
		HttpHeaders fromService = new HttpHeaders();
		fromService.add("X-Correlation-Id", "corr-12345678");
		fromService.add("Location", "/housing/apartments/42");

		HttpHeaders toClient = ProxiedHeaders.toClient(fromService);

		assertThat(toClient.containsHeader("X-Correlation-Id")).isFalse();
		assertThat(toClient.get("Location")).containsExactly("/housing/apartments/42");
	}

	@Test
	void leavesTheSecurityHeadersToTheGatewayButKeepsTheServicesCacheHeaders() {
		HttpHeaders fromService = new HttpHeaders();
		fromService.add("content-security-policy", "default-src 'none'");
		fromService.add("X-Frame-Options", "SAMEORIGIN");
		fromService.add("X-Content-Type-Options", "nosniff");
		fromService.add("Referrer-Policy", "no-referrer");
		fromService.add("Cache-Control", "max-age=3600");

		HttpHeaders toClient = ProxiedHeaders.toClient(fromService);

		assertThat(toClient.headerNames()).containsExactly("Cache-Control");
		assertThat(toClient.get("Cache-Control")).containsExactly("max-age=3600");
	}

}
