package se.bostadsbryggan.housing.csvimport;

import java.util.List;

/**
 * What an import did: either it imported the whole file (new rows imported, rows imported
 * before skipped), or it found bad rows and changed nothing.
 *
 * @param rows data rows in the file
 * @param imported rows imported now
 * @param skipped rows imported before, left alone
 * @param errors each bad row and why, in the caller's language; empty if the file was
 * imported
 */
public record ImportResult(int rows, int imported, int skipped, List<RowError> errors) {

	static ImportResult rejected(int rows, List<RowError> errors) {
		return new ImportResult(rows, 0, 0, List.copyOf(errors));
	}

	public boolean accepted() {
		return this.errors.isEmpty();
	}

	/**
	 * A bad row.
	 *
	 * @param line the line number in the file (the header is line 1; 0 for the file as a
	 * whole)
	 * @param message why, in the caller's language
	 */
	public record RowError(int line, String message) {
	}

}
