package se.bostadsbryggan.allocation.trend;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The four charts of the trend page as plain shapes for the template to draw as inline
 * SVG: bars per year in one or two series, the first series solid, the second hatched
 * (told apart without colour), each bar with its value written above it.
 */
final class TrendCharts {

	static final int WIDTH = 720;

	static final int HEIGHT = 300;

	private static final int LEFT = 56;

	private static final int RIGHT = 16;

	private static final int TOP = 28;

	private static final int BOTTOM = 60;

	/** Blue, 6.4:1 against white. */
	static final String SOLID = "#0b5cad";

	/** Brown, 6.1:1 against white; drawn as a hatch with an outline. */
	static final String HATCHED = "#9a4a00";

	private TrendCharts() {
	}

	/**
	 * A chart.
	 *
	 * @param id unique on the page (its heading's and pattern's ids start with it)
	 * @param title the heading
	 * @param summary what the chart shows, for screen readers
	 * @param series the series, for the legend
	 * @param ticks the value axis
	 * @param groups the years
	 * @param extraLabel what the line under the years holds, or {@code null} with none
	 */
	record Chart(String id, String title, String summary, List<Series> series, List<Tick> ticks, List<Group> groups,
			String extraLabel) {

		public int height() {
			return HEIGHT;
		}

		public int left() {
			return LEFT;
		}

		public int right() {
			return WIDTH - RIGHT;
		}

		public int baseline() {
			return HEIGHT - BOTTOM;
		}

		public String hatch() {
			return this.id + "-hatch";
		}

	}

	/**
	 * @param name its name in the legend
	 * @param hatched whether it is drawn hatched (else solid)
	 * @param legendX where its legend entry starts
	 * @param fill its fill: solid, or the chart's hatch
	 * @param stroke its outline, {@code none} for a solid one
	 */
	record Series(String name, boolean hatched, int legendX, String fill, String stroke) {
	}

	/**
	 * @param y its height on the drawing
	 * @param label the value
	 */
	record Tick(double y, String label) {
	}

	/**
	 * @param yearLabel the year
	 * @param centre the middle of the year's group
	 * @param bars its bars, one per series
	 * @param extra the text under the year, or {@code null}
	 */
	record Group(String yearLabel, double centre, List<Bar> bars, String extra) {
	}

	/**
	 * @param x left edge
	 * @param y top edge
	 * @param width width
	 * @param height height (0 for none)
	 * @param fill its fill: solid, or the chart's hatch
	 * @param stroke its outline, {@code none} for a solid one
	 * @param label the value written above it ("–" when unknown)
	 * @param labelX the label's centre
	 * @param labelY the label's baseline
	 */
	record Bar(double x, double y, double width, double height, String fill, String stroke, String label, double labelX,
			double labelY) {
	}

	/** One series to draw: its name, its value per year and the value's text. */
	record Values(String name, Function<TrendYear, BigDecimal> value, Function<BigDecimal, String> text) {
	}

	static List<Chart> all(List<TrendYear> years, TrendFormat format) {
		Function<BigDecimal, String> count = (v) -> String.valueOf(v.intValue());
		return List.of(
				chart("active", format.text("trends.chart.active"), years, format, null, null,
						new Values(format.text("trends.series.socialActive"), (y) -> of(y.socialActive()), count),
						new Values(format.text("trends.series.guaranteesActive"), (y) -> of(y.guaranteesActive()),
								count)),
				chart("placements", format.text("trends.chart.placements"), years, format, null, null,
						new Values(format.text("trends.series.placements"), (y) -> of(y.placements()), count),
						new Values(format.text("trends.series.quota"), (y) -> of(y.quota()), count)),
				chart("takeovers", format.text("trends.chart.takeovers"), years, format,
						format.text("trends.series.medianMonths"), (y) -> format.decimal(y.medianMonthsToOwnContract()),
						new Values(format.text("trends.series.takeovers"), (y) -> of(y.takeovers()), count)),
				chart("share", format.text("trends.chart.share"), years, format, null, null, new Values(
						format.text("trends.series.reLetShare"), TrendYear::reLetSharePercent, format::percent)));
	}

	private static BigDecimal of(Integer value) {
		return (value != null) ? BigDecimal.valueOf(value) : null;
	}

	private static Chart chart(String id, String title, List<TrendYear> years, TrendFormat format, String extraLabel,
			Function<TrendYear, String> extra, Values... values) {
		double max = 0;
		for (TrendYear year : years) {
			for (Values v : values) {
				BigDecimal value = v.value().apply(year);
				max = (value != null) ? Math.max(max, value.doubleValue()) : max;
			}
		}
		double step = step(max);
		double top = Math.max(step, Math.ceil(max / step) * step);
		double plotHeight = HEIGHT - TOP - BOTTOM;
		List<Tick> ticks = new ArrayList<>();
		for (double t = 0; t <= top + step / 2; t += step) {
			ticks.add(new Tick(round(HEIGHT - BOTTOM - t / top * plotHeight), String.valueOf(Math.round(t))));
		}
		double groupWidth = (double) (WIDTH - LEFT - RIGHT) / Math.max(1, years.size());
		double barWidth = Math.min(28, groupWidth * 0.8 / values.length);
		List<Group> groups = new ArrayList<>();
		for (int i = 0; i < years.size(); i++) {
			TrendYear year = years.get(i);
			double centre = LEFT + groupWidth * i + groupWidth / 2;
			double x = centre - barWidth * values.length / 2;
			List<Bar> bars = new ArrayList<>();
			for (int s = 0; s < values.length; s++) {
				BigDecimal value = values[s].value().apply(year);
				double height = (value != null) ? value.doubleValue() / top * plotHeight : 0;
				double barX = x + barWidth * s;
				double barTop = HEIGHT - BOTTOM - height;
				bars.add(new Bar(round(barX), round(barTop), round(barWidth), round(height), fill(id, s), stroke(s),
						(value != null) ? values[s].text().apply(value) : "–", round(barX + barWidth / 2),
						round(barTop - 4)));
			}
			String below = (extra != null) ? extra.apply(year) : null;
			groups.add(new Group(String.valueOf(year.year()), round(centre), bars,
					(below == null || below.isEmpty()) ? ((extra != null) ? "–" : null) : below));
		}
		List<Series> series = new ArrayList<>();
		int legendX = LEFT;
		for (int s = 0; s < values.length; s++) {
			series.add(new Series(values[s].name(), s == 1, legendX, fill(id, s), stroke(s)));
			legendX += 24 + values[s].name().length() * 8;
		}
		return new Chart(id, title, summary(title, years, format, values), series, ticks, groups, extraLabel);
	}

	private static String summary(String title, List<TrendYear> years, TrendFormat format, Values... values) {
		TrendYear first = years.getFirst();
		TrendYear last = years.getLast();
		List<String> parts = new ArrayList<>();
		for (Values v : values) {
			parts.add(format.text("trends.chart.seriesSummary", v.name(), text(v, first, format),
					String.valueOf(first.year()), text(v, last, format), String.valueOf(last.year())));
		}
		return format.text("trends.chart.summary", title, String.valueOf(first.year()), String.valueOf(last.year()),
				String.join("; ", parts));
	}

	private static String text(Values values, TrendYear year, TrendFormat format) {
		BigDecimal value = values.value().apply(year);
		return (value != null) ? values.text().apply(value) : format.text("trends.unknown");
	}

	/** 1, 2 or 5 times a power of ten, so that the axis has at most five steps. */
	static double step(double max) {
		if (max <= 5) {
			return 1;
		}
		double magnitude = Math.pow(10, Math.floor(Math.log10(max / 5)));
		for (double factor : new double[] { 1, 2, 5, 10 }) {
			if (max / (factor * magnitude) <= 5) {
				return factor * magnitude;
			}
		}
		return 10 * magnitude;
	}

	private static String fill(String id, int series) {
		return (series == 0) ? SOLID : "url(#" + id + "-hatch)";
	}

	private static String stroke(int series) {
		return (series == 0) ? "none" : HATCHED;
	}

	private static double round(double value) {
		return Math.round(value * 10) / 10.0;
	}

}
