package se.bostadsbryggan.housing.turnover;

import java.util.ArrayList;
import java.util.List;

/**
 * A small bar chart of re-lets per year, drawn by the page as SVG (no script): the
 * geometry is computed here.
 *
 * @param width the drawing's width
 * @param height the drawing's height
 * @param baseline the y of the bars' foot
 * @param bars one bar per year
 */
record TurnoverChart(int width, int height, int baseline, List<Bar> bars) {

	private static final int BAR_WIDTH = 56;

	private static final int GAP = 28;

	private static final int TOP = 24;

	private static final int PLOT_HEIGHT = 150;

	static TurnoverChart of(List<YearTurnover> years) {
		int max = Math.max(1, years.stream().mapToInt(YearTurnover::reLets).max().orElse(0));
		List<Bar> bars = new ArrayList<>();
		int x = GAP;
		for (YearTurnover year : years) {
			int barHeight = (int) Math.round((double) year.reLets() * PLOT_HEIGHT / max);
			bars.add(new Bar(year.year(), year.reLets(), x, TOP + PLOT_HEIGHT - barHeight, BAR_WIDTH, barHeight,
					x + BAR_WIDTH / 2, year.closed()));
			x += BAR_WIDTH + GAP;
		}
		return new TurnoverChart(x, TOP + PLOT_HEIGHT + 30, TOP + PLOT_HEIGHT, bars);
	}

	/**
	 * One year's bar.
	 *
	 * @param year the year
	 * @param value its re-lets
	 * @param x left edge
	 * @param y top edge
	 * @param width width
	 * @param height height
	 * @param centre the x of its labels
	 * @param closed whether the year is over (else it is drawn lighter)
	 */
	record Bar(int year, int value, int x, int y, int width, int height, int centre, boolean closed) {
	}

}
