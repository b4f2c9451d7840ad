package se.bostadsbryggan.audit;

import org.junit.jupiter.api.Test;

import se.bostadsbryggan.testsupport.MessageBundles;

class AuditMessagesTest {

	@Test
	void swedishAndEnglishTextsOfTheAuditPageAreInStep() {
		MessageBundles.assertSwedishAndEnglishInStep(AuditAutoConfiguration.MESSAGES);
	}

}
