package se.bostadsbryggan.bench;

import java.util.List;

/**
 * What one part of the suite measured.
 *
 * @param name the part's name, e.g. {@code startup}
 * @param title a heading for the report
 * @param method how it was measured, in a few sentences of Markdown
 * @param figures the figures
 * @param details supporting material (query plans, settings)
 * @param notes observations: why a target is missed and what would close it
 * @param error why the part could not finish, or {@code null}
 */
public record PartResult(String name, String title, String method, List<Figure> figures, List<Detail> details,
		List<String> notes, String error) {

	public PartResult {
		figures = List.copyOf(figures);
		details = List.copyOf(details);
		notes = List.copyOf(notes);
	}

	/**
	 * @param part the part that failed
	 * @param failure why
	 * @return a result that holds only the failure
	 */
	public static PartResult failed(Part part, Exception failure) {
		return new PartResult(part.name(), part.title(), "", List.of(), List.of(), List.of(), failure.toString());
	}

}
