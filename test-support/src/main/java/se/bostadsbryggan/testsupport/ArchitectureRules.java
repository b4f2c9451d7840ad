package se.bostadsbryggan.testsupport;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The architecture every service keeps: features (the packages right below the service's
 * base package) do not depend on each other in cycles; only web controllers touch the web
 * layer, only messaging adapters touch Kafka; and no service reaches into another
 * service's code.
 */
public final class ArchitectureRules {

	private ArchitectureRules() {
	}

	/**
	 * Checks a service's production classes.
	 * @param basePackage the service's base package, e.g.
	 * {@code se.bostadsbryggan.housing}
	 */
	public static void verify(String basePackage) {
		JavaClasses classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
			.importPackages(basePackage);
		featuresAreFreeOfCycles(basePackage).check(classes);
		onlyControllersUseTheWebLayer(basePackage).check(classes);
		onlyMessagingAdaptersUseKafka(basePackage).check(classes);
		noAccessToOtherServices(basePackage).check(classes);
	}

	static ArchRule featuresAreFreeOfCycles(String basePackage) {
		return slices().matching(basePackage + ".(*)..").should().beFreeOfCycles();
	}

	static ArchRule onlyControllersUseTheWebLayer(String basePackage) {
		return noClasses().that()
			.resideInAPackage(basePackage + "..")
			.and()
			.haveSimpleNameNotEndingWith("Controller")
			.and()
			.haveSimpleNameNotEndingWith("Advice")
			.and()
			.haveSimpleNameNotEndingWith("Config")
			.and()
			.haveSimpleNameNotEndingWith("Configuration")
			.and()
			.haveSimpleNameNotEndingWith("Form")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("org.springframework.web..", "org.springframework.ui..", "jakarta.servlet..")
			.as("only controllers (and their forms) use the web layer");
	}

	static ArchRule onlyMessagingAdaptersUseKafka(String basePackage) {
		return noClasses().that()
			.resideInAPackage(basePackage + "..")
			.and()
			.haveSimpleNameNotEndingWith("Consumer")
			.and()
			.haveSimpleNameNotEndingWith("Consumers")
			.and()
			.haveSimpleNameNotEndingWith("Config")
			.and()
			.haveSimpleNameNotEndingWith("Configuration")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("org.apache.kafka..", "org.springframework.kafka..")
			.as("only messaging adapters use Kafka; the domain publishes through the outbox");
	}

	static ArchRule noAccessToOtherServices(String basePackage) {
		String[] others = java.util.stream.Stream
			.of("se.bostadsbryggan.housing..", "se.bostadsbryggan.social..", "se.bostadsbryggan.allocation..",
					"se.bostadsbryggan.gateway..")
			.filter((other) -> !other.startsWith(basePackage + "."))
			.toArray(String[]::new);
		return noClasses().that()
			.resideInAPackage(basePackage + "..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage(others)
			.as("a service talks to others only through events and HTTP, never through their code");
	}

}
