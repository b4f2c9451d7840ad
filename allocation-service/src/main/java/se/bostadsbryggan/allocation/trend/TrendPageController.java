package se.bostadsbryggan.allocation.trend;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The trend page (charts, explanations and the table of figures) and its CSV file.
 */
@Controller
class TrendPageController {

	/** The name of the downloaded file. */
	static final String FILE_NAME = "bostadsbryggan-statistik.csv";

	private final TrendService trends;

	private final MessageSource messages;

	TrendPageController(TrendService trends, MessageSource messages) {
		this.trends = trends;
		this.messages = messages;
	}

	@GetMapping("/allocation/trends")
	String show(Model model, Locale locale) {
		List<TrendYear> years = this.trends.years();
		TrendFormat format = new TrendFormat(this.messages, locale);
		model.addAttribute("charts", TrendCharts.all(years, format));
		model.addAttribute("headings", TrendColumns.headings(format));
		model.addAttribute("rows", TrendColumns.rows(years, format));
		model.addAttribute("firstYear", years.getFirst().year());
		model.addAttribute("lastYear", years.getLast().year());
		return "trends/show";
	}

	/**
	 * One row per year, semicolon-separated, in UTF-8 with a byte order mark so that a
	 * spreadsheet opens it with the right characters; numbers in the reader's format
	 * (decimal comma in Swedish), an empty cell where the figure is unknown.
	 * @param locale the reader's language
	 * @return the file
	 */
	@GetMapping("/allocation/trends.csv")
	ResponseEntity<byte[]> csv(Locale locale) {
		TrendFormat format = new TrendFormat(this.messages, locale);
		StringBuilder csv = new StringBuilder("\uFEFF");
		line(csv, TrendColumns.headings(format));
		for (TrendYear year : this.trends.years()) {
			line(csv, TrendColumns.plain(year, format));
		}
		return ResponseEntity.ok()
			.contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(FILE_NAME).build().toString())
			.body(csv.toString().getBytes(StandardCharsets.UTF_8));
	}

	private static void line(StringBuilder csv, List<String> cells) {
		for (int i = 0; i < cells.size(); i++) {
			if (i > 0) {
				csv.append(';');
			}
			csv.append(cell(cells.get(i)));
		}
		csv.append("\r\n");
	}

	private static String cell(String text) {
		if (text.contains(";") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
			return '"' + text.replace("\"", "\"\"") + '"';
		}
		return text;
	}

}
