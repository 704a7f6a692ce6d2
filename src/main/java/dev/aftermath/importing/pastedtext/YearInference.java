package dev.aftermath.importing.pastedtext;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Supplies the year a date was written without ("Jan 12, 19:26 CET", "the 7th of November"), from the nearest
 * date in the same text that has one. A date more than half a year away from that anchor belongs to the
 * neighbouring year: "Jan 1" written next to "Dec 31, 2023" is in 2024.
 */
public final class YearInference {

    /** A date with a year, and the 1-based line it was read on. */
    public record Anchor(int line, LocalDate date) {
    }

    private YearInference() {
    }

    public static Optional<Integer> year(List<Anchor> anchors, int line, int month, int day) {
        return anchors.stream()
                .min(Comparator.comparingInt((Anchor anchor) -> Math.abs(anchor.line() - line))
                        .thenComparingInt(Anchor::line))
                .map(anchor -> aroundAnchor(anchor.date(), month, day));
    }

    private static int aroundAnchor(LocalDate anchor, int month, int day) {
        int year = anchor.getYear();
        LocalDate candidate = MonthDay.of(month, 1).atYear(year);
        candidate = candidate.withDayOfMonth(Math.min(Math.max(day, 1), candidate.lengthOfMonth()));
        if (candidate.isAfter(anchor.plusMonths(6))) {
            return year - 1;
        }
        return candidate.isBefore(anchor.minusMonths(6)) ? year + 1 : year;
    }
}
