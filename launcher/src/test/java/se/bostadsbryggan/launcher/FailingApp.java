package se.bostadsbryggan.launcher;

/**
 * A stand-in app for tests that fails at start-up, like an app whose database is missing.
 */
public final class FailingApp {

	private FailingApp() {
	}

	public static void main(String[] args) {
		System.out.println("Starting failing app");
		System.out.println("boom: cannot connect to the database");
		System.exit(3);
	}

}
