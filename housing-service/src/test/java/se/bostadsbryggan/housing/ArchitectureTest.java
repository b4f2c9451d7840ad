package se.bostadsbryggan.housing;

import org.junit.jupiter.api.Test;

import se.bostadsbryggan.testsupport.ArchitectureRules;

class ArchitectureTest {

	@Test
	void featuresAreAcyclicAndTheDomainIsFreeOfWebAndKafka() {
		ArchitectureRules.verify("se.bostadsbryggan.housing");
	}

}
