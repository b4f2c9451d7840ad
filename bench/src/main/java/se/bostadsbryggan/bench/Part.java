package se.bostadsbryggan.bench;

/**
 * One part of the benchmark suite. Each part measures its figures and their references
 * side by side, {@link BenchContext#runs()} times, and cleans up what it started.
 */
public interface Part {

	/**
	 * @return a short name, used on the command line ({@code --parts=startup,gateway})
	 */
	String name();

	/**
	 * @return a heading for the report
	 */
	String title();

	/**
	 * Measures.
	 * @param context where the repository, the results and the settings are
	 * @return the figures
	 * @throws Exception when the part cannot finish; the report then holds the failure
	 */
	PartResult run(BenchContext context) throws Exception;

}
