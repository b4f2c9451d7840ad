package se.bostadsbryggan.bench;

/**
 * Supporting material of a part: a query plan, a settings table, a tool's output.
 *
 * @param title a heading
 * @param text the material
 * @param preformatted {@code true} to show it as a code block, {@code false} as Markdown
 */
public record Detail(String title, String text, boolean preformatted) {

	/**
	 * @param title the heading
	 * @param text plain text, such as an {@code EXPLAIN ANALYZE} plan
	 * @return a preformatted detail
	 */
	public static Detail preformatted(String title, String text) {
		return new Detail(title, text, true);
	}

	/**
	 * @param title the heading
	 * @param markdown Markdown
	 * @return a Markdown detail
	 */
	public static Detail markdown(String title, String markdown) {
		return new Detail(title, markdown, false);
	}

}
