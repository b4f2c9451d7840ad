package se.bostadsbryggan.social.guarantee;

import java.util.ArrayList;
import java.util.List;

/**
 * A small bar chart of active guarantees and social contracts per year, drawn by the page
 * as SVG (no script): two bars per year, the geometry computed here.
 *
 * @param width the drawing's width
 * @param height the drawing's height
 * @param baseline the y of the bars' foot
 * @param years one pair of bars per year
 */
record OverviewChart(int width, int height, int baseline, List<YearBars> years) {

	private static final int BAR_WIDTH = 16;

	private static final int GAP = 14;

	private static final int LEFT = 10;

	private static final int TOP = 24;

	private static final int PLOT_HEIGHT = 160;

	static OverviewChart of(Overview overview) {
		int max = overview.maxActive();
		List<YearBars> years = new ArrayList<>();
		int x = LEFT;
		for (Overview.Year year : overview.years()) {
			Bar guarantees = bar(year.guarantees().active(), x, max);
			Bar contracts = bar(year.contracts().active(), x + BAR_WIDTH, max);
			years.add(new YearBars(year.year(), guarantees, contracts, x + BAR_WIDTH));
			x += 2 * BAR_WIDTH + GAP;
		}
		return new OverviewChart(x + LEFT - GAP, TOP + PLOT_HEIGHT + 30, TOP + PLOT_HEIGHT, years);
	}

	private static Bar bar(int value, int x, int max) {
		int height = (int) Math.round((double) value * PLOT_HEIGHT / max);
		return new Bar(value, x, TOP + PLOT_HEIGHT - height, BAR_WIDTH, height, x + BAR_WIDTH / 2);
	}

	/**
	 * A year's two bars.
	 *
	 * @param year the year
	 * @param guarantees the bar of active guarantees
	 * @param contracts the bar of active social contracts
	 * @param centre the x of the year's label
	 */
	record YearBars(int year, Bar guarantees, Bar contracts, int centre) {
	}

	/**
	 * One bar.
	 *
	 * @param value its count
	 * @param x left edge
	 * @param y top edge
	 * @param width width
	 * @param height height
	 * @param centre the x of its value's label
	 */
	record Bar(int value, int x, int y, int width, int height, int centre) {
	}

}
