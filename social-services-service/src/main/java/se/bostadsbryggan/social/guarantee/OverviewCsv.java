package se.bostadsbryggan.social.guarantee;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The overview as a CSV file the way Swedish Excel opens it: UTF-8 with a byte order
 * mark, {@code ;} between fields, CRLF between rows; one row per year, counts only.
 */
final class OverviewCsv {

	private static final String BOM = "\uFEFF";

	private OverviewCsv() {
	}

	static byte[] write(List<String> headers, Overview overview) {
		StringBuilder csv = new StringBuilder(BOM);
		row(csv, headers);
		for (Overview.Year year : overview.years()) {
			row(csv, List.of(String.valueOf(year.year()), String.valueOf(year.guarantees().active()),
					String.valueOf(year.guarantees().started()), String.valueOf(year.guarantees().ended()),
					String.valueOf(year.contracts().active()), String.valueOf(year.contracts().started()),
					String.valueOf(year.contracts().ended())));
		}
		return csv.toString().getBytes(StandardCharsets.UTF_8);
	}

	private static void row(StringBuilder csv, List<String> fields) {
		csv.append(String.join(";", fields.stream().map(OverviewCsv::field).toList())).append("\r\n");
	}

	private static String field(String value) {
		if (value.contains(";") || value.contains("\"") || value.contains("\n") || value.contains("\r")) {
			return "\"" + value.replace("\"", "\"\"") + "\"";
		}
		return value;
	}

}
