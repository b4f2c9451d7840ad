package se.bostadsbryggan.allocation;

import org.junit.jupiter.api.Test;

import se.bostadsbryggan.testsupport.MessageBundles;

class MessagesTest {

	@Test
	void swedishAndEnglishTextsAreInStep() {
		MessageBundles.assertSwedishAndEnglishInStep("messages");
	}

}
