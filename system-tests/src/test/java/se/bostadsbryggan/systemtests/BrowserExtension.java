package se.bostadsbryggan.systemtests;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.PlaywrightException;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.sun.security.auth.module.UnixSystem;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Gives a browser test a {@link Page} of its own: one headless Chromium for the whole
 * test run (the system's, {@value #DEFAULT_EXECUTABLE} unless
 * {@code bb.browser.executable} or {@code BB_CHROMIUM} names another; Playwright
 * downloads no browser), and a fresh browser context, without cookies, for each test.
 * When a test fails, its page's screenshot and HTML are saved under
 * {@code target/browser/}.
 */
class BrowserExtension implements ParameterResolver, AfterTestExecutionCallback {

	static final String DEFAULT_EXECUTABLE = "/usr/bin/chromium";

	/** How long a locator or an assertion waits: the machine runs the four apps too. */
	private static final double TIMEOUT_MILLIS = 20_000;

	private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace
		.create(BrowserExtension.class);

	@Override
	public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
		return parameter.getParameter().getType() == Page.class;
	}

	@Override
	public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
		Chromium chromium = context.getRoot()
			.getStore(NAMESPACE)
			.computeIfAbsent(Chromium.class, (key) -> Chromium.launch(), Chromium.class);
		return context.getStore(NAMESPACE)
			.computeIfAbsent(Session.class, (key) -> chromium.newSession(), Session.class)
			.page();
	}

	@Override
	public void afterTestExecution(ExtensionContext context) {
		Session session = context.getStore(NAMESPACE).get(Session.class, Session.class);
		if (session != null && context.getExecutionException().isPresent()) {
			Path output = Path.of(System.getProperty("bb.browser.output", "target/browser"));
			session.saveEvidence(output,
					context.getRequiredTestClass().getSimpleName() + "." + context.getRequiredTestMethod().getName());
		}
	}

	/** Playwright's driver and the headless Chromium it drives. */
	private record Chromium(Playwright playwright, Browser browser) implements AutoCloseable {

		static Chromium launch() {
			Playwright playwright = Playwright
				.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
			try {
				boolean root = new UnixSystem().getUid() == 0;
				List<String> arguments = new ArrayList<>(List.of("--disable-gpu", "--disable-background-networking",
						"--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"));
				if (root) {
					// Chromium's sandbox refuses to run as root.
					arguments.add("--no-sandbox");
				}
				Browser browser = playwright.chromium()
					.launch(new BrowserType.LaunchOptions().setExecutablePath(Path.of(executable()))
						.setHeadless(true)
						.setChromiumSandbox(!root)
						.setArgs(arguments));
				PlaywrightAssertions.setDefaultAssertionTimeout(TIMEOUT_MILLIS);
				return new Chromium(playwright, browser);
			}
			catch (RuntimeException ex) {
				playwright.close();
				throw ex;
			}
		}

		private static String executable() {
			String property = System.getProperty("bb.browser.executable");
			if (property != null && !property.isBlank()) {
				return property;
			}
			String environment = System.getenv("BB_CHROMIUM");
			return (environment != null && !environment.isBlank()) ? environment : DEFAULT_EXECUTABLE;
		}

		Session newSession() {
			BrowserContext context = this.browser
				.newContext(new Browser.NewContextOptions().setLocale("sv-SE").setTimezoneId("Europe/Stockholm"));
			context.setDefaultTimeout(TIMEOUT_MILLIS);
			return new Session(context, context.newPage());
		}

		@Override
		public void close() {
			this.browser.close();
			this.playwright.close();
		}

	}

	/** One test's browser context and page. */
	private record Session(BrowserContext context, Page page) implements AutoCloseable {

		void saveEvidence(Path directory, String name) {
			try {
				Files.createDirectories(directory);
				this.page.screenshot(
						new Page.ScreenshotOptions().setFullPage(true).setPath(directory.resolve(name + ".png")));
				Files.writeString(directory.resolve(name + ".html"), this.page.content(), StandardCharsets.UTF_8);
			}
			catch (IOException | PlaywrightException ex) {
				// The test's own failure is what matters; say why there is no evidence.
				System.err.println("No screenshot or HTML of " + name + ": " + ex);
			}
		}

		@Override
		public void close() {
			this.context.close();
		}

	}

}
