package se.bostadsbryggan.systemtests;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Gives system tests the {@link RunningSystem}, started once for all of them and stopped
 * when the test run ends; a parameter marked {@link WithDemoData} gets a second system,
 * started the first time one is asked for, whose services hold the local run's demo data.
 */
class SystemExtension implements ParameterResolver {

	private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace
		.create(SystemExtension.class);

	@Override
	public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
		return parameter.getParameter().getType() == RunningSystem.class;
	}

	@Override
	public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
		ExtensionContext.Store store = context.getRoot().getStore(NAMESPACE);
		if (parameter.isAnnotated(WithDemoData.class)) {
			return store.computeIfAbsent(WithDemoData.class, (key) -> RunningSystem.startWithDemoData(),
					RunningSystem.class);
		}
		return store.computeIfAbsent(RunningSystem.class, (key) -> RunningSystem.start(), RunningSystem.class);
	}

}
