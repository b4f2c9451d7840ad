package se.bostadsbryggan.gateway;

import org.junit.jupiter.api.Test;

import se.bostadsbryggan.testsupport.ArchitectureRules;

class ArchitectureTest {

	@Test
	void keepsTheSharedArchitectureRules() {
		ArchitectureRules.verify("se.bostadsbryggan.gateway");
	}

}
