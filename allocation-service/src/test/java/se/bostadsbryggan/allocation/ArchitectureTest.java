package se.bostadsbryggan.allocation;

import org.junit.jupiter.api.Test;

import se.bostadsbryggan.testsupport.ArchitectureRules;

class ArchitectureTest {

	@Test
	void featuresAreAcyclicAndTheDomainIsFreeOfWebAndKafka() {
		ArchitectureRules.verify("se.bostadsbryggan.allocation");
	}

}
