package se.bostadsbryggan.housing.csvimport;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A CSV file as exported by spreadsheets, banks and ERP systems in Sweden: UTF-8 (a byte
 * order mark is ignored), fields separated by semicolons, a header line naming the
 * columns, fields optionally in double quotes (a quote inside doubled). Blank lines are
 * ignored.
 *
 * @param columns the header's column names, lower case
 * @param rows the data rows
 */
record CsvTable(List<String> columns, List<Row> rows) {

	/**
	 * Reads a file's text.
	 * @param text the file
	 * @return its header and rows; an empty file gives no columns
	 */
	static CsvTable parse(String text) {
		if (text.startsWith("\uFEFF")) {
			text = text.substring(1);
		}
		String[] lines = text.split("\r\n|\n|\r", -1);
		List<String> columns = null;
		List<Row> rows = new ArrayList<>();
		for (int i = 0; i < lines.length; i++) {
			if (lines[i].isBlank()) {
				continue;
			}
			List<String> fields = fields(lines[i]);
			if (columns == null) {
				columns = fields.stream().map((name) -> name.strip().toLowerCase(Locale.ROOT)).toList();
				continue;
			}
			Map<String, String> values = new LinkedHashMap<>();
			for (int c = 0; c < columns.size(); c++) {
				values.put(columns.get(c), (c < fields.size()) ? fields.get(c).strip() : "");
			}
			rows.add(new Row(i + 1, values, fields.size()));
		}
		return new CsvTable((columns != null) ? columns : List.of(), List.copyOf(rows));
	}

	/**
	 * @param required column names, lower case
	 * @return those the header lacks
	 */
	List<String> missing(List<String> required) {
		return required.stream().filter((name) -> !this.columns.contains(name)).toList();
	}

	private static List<String> fields(String line) {
		List<String> fields = new ArrayList<>();
		StringBuilder field = new StringBuilder();
		boolean quoted = false;
		for (int i = 0; i < line.length(); i++) {
			char c = line.charAt(i);
			if (quoted) {
				if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
					field.append('"');
					i++;
				}
				else if (c == '"') {
					quoted = false;
				}
				else {
					field.append(c);
				}
			}
			else if (c == '"') {
				quoted = true;
			}
			else if (c == ';') {
				fields.add(field.toString());
				field.setLength(0);
			}
			else {
				field.append(c);
			}
		}
		fields.add(field.toString());
		return fields;
	}

	/**
	 * One data row.
	 *
	 * @param line its line number in the file (the header is line 1)
	 * @param values its fields by column name
	 * @param fieldCount how many fields the line had
	 */
	record Row(int line, Map<String, String> values, int fieldCount) {

		String get(String column) {
			String value = this.values.get(column);
			return (value == null || value.isEmpty()) ? null : value;
		}

	}

}
