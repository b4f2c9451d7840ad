package se.bostadsbryggan.housing.rent;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;

/**
 * When rent falls due: in advance, on the last weekday (Monday to Friday) before the
 * month starts. Public holidays are not considered.
 */
final class DueDates {

	private DueDates() {
	}

	static LocalDate of(YearMonth month) {
		LocalDate due = month.atDay(1).minusDays(1);
		while (due.getDayOfWeek() == DayOfWeek.SATURDAY || due.getDayOfWeek() == DayOfWeek.SUNDAY) {
			due = due.minusDays(1);
		}
		return due;
	}

}
