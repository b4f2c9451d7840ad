package se.bostadsbryggan.allocation.trend;

import java.util.List;
import java.util.Objects;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * The columns of the figures table and the CSV file, in one order: a message key for the
 * heading, the value as the page shows it (with its unit) and as the file holds it (a
 * plain number in the reader's format).
 */
final class TrendColumns {

	/**
	 * One column.
	 *
	 * @param key the message key of its heading
	 * @param shown the value on the page, {@code null} when unknown
	 * @param plain the value in the file, {@code null} when unknown
	 */
	record Column(String key, BiFunction<TrendYear, TrendFormat, String> shown,
			BiFunction<TrendYear, TrendFormat, String> plain) {

		static Column count(String key, Function<TrendYear, Integer> value) {
			BiFunction<TrendYear, TrendFormat, String> text = (year, format) -> TrendFormat.count(value.apply(year));
			return new Column(key, text, text);
		}

	}

	/** Every column, the year first. */
	static final List<Column> ALL = List.of(Column.count("trends.column.year", TrendYear::year),
			Column.count("trends.column.socialActive", TrendYear::socialActive),
			Column.count("trends.column.guaranteesActive", TrendYear::guaranteesActive),
			Column.count("trends.column.guaranteesReleased", TrendYear::guaranteesReleased),
			Column.count("trends.column.placements", TrendYear::placements),
			Column.count("trends.column.quota", TrendYear::quota),
			new Column("trends.column.quotaUsed", (y, f) -> f.percent(y.quotaUsedPercent()),
					(y, f) -> plain(f.decimal(y.quotaUsedPercent()))),
			Column.count("trends.column.takeovers", TrendYear::takeovers),
			new Column("trends.column.medianMonths", (y, f) -> f.months(y.medianMonthsToOwnContract()),
					(y, f) -> plain(f.decimal(y.medianMonthsToOwnContract()))),
			Column.count("trends.column.reLets", TrendYear::reLets),
			Column.count("trends.column.socialStarted", TrendYear::socialStarted),
			new Column("trends.column.reLetShare", (y, f) -> f.percent(y.reLetSharePercent()),
					(y, f) -> plain(f.decimal(y.reLetSharePercent()))));

	private TrendColumns() {
	}

	/**
	 * One year's row on the page.
	 *
	 * @param year the year
	 * @param cells the values after the year, {@code null} when unknown
	 */
	record Row(int year, List<String> cells) {
	}

	static List<String> headings(TrendFormat format) {
		return ALL.stream().map((column) -> format.text(column.key())).toList();
	}

	static List<Row> rows(List<TrendYear> years, TrendFormat format) {
		return years.stream()
			.map((year) -> new Row(year.year(),
					ALL.subList(1, ALL.size()).stream().map((c) -> c.shown().apply(year, format)).toList()))
			.toList();
	}

	static List<String> plain(TrendYear year, TrendFormat format) {
		return ALL.stream().map((c) -> Objects.requireNonNullElse(c.plain().apply(year, format), "")).toList();
	}

	private static String plain(String text) {
		return text.isEmpty() ? null : text;
	}

}
