package se.bostadsbryggan.web;

import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockHttpServletRequest;

import static org.assertj.core.api.Assertions.assertThat;

class GatewayCsrfFieldsTest {

	private final GatewayCsrfFields fields = new GatewayCsrfFields();

	@Test
	void addsTheGatewaysTokenToAPostForm() {
		MockHttpServletRequest request = new MockHttpServletRequest();
		request.addHeader("X-BB-Csrf-Token", "token-123");

		this.fields.processAction(request, "/housing/apartments", "post");

		assertThat(this.fields.getExtraHiddenFields(request))
			.containsExactly(java.util.Map.entry("_csrf", "token-123"));
	}

	@Test
	void addsNothingToAGetForm() {
		MockHttpServletRequest request = new MockHttpServletRequest();
		request.addHeader("X-BB-Csrf-Token", "token-123");

		this.fields.processAction(request, "/housing/apartments", "get");

		assertThat(this.fields.getExtraHiddenFields(request)).isEmpty();
	}

	@Test
	void addsNothingWithoutTheGateway() {
		MockHttpServletRequest request = new MockHttpServletRequest();

		this.fields.processAction(request, "/housing/apartments", "post");

		assertThat(this.fields.getExtraHiddenFields(request)).isEmpty();
	}

}
