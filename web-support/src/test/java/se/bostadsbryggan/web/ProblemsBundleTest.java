package se.bostadsbryggan.web;

import org.junit.jupiter.api.Test;

import se.bostadsbryggan.testsupport.MessageBundles;

class ProblemsBundleTest {

	@Test
	void swedishAndEnglishProblemTextsAreInStep() {
		MessageBundles.assertSwedishAndEnglishInStep("problems");
	}

}
