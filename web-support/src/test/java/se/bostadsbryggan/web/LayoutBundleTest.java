package se.bostadsbryggan.web;

import org.junit.jupiter.api.Test;

import se.bostadsbryggan.testsupport.MessageBundles;

class LayoutBundleTest {

	@Test
	void swedishAndEnglishLayoutTextsAreInStep() {
		MessageBundles.assertSwedishAndEnglishInStep("bb-layout");
	}

}
