package se.bostadsbryggan.gateway;

import org.junit.jupiter.api.Test;

import se.bostadsbryggan.testsupport.MessageBundles;

class MessagesTest {

	@Test
	void swedishAndEnglishTextsAreInStep() {
		MessageBundles.assertSwedishAndEnglishInStep("messages");
	}

}
