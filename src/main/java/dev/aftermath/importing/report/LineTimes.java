package dev.aftermath.importing.report;

import java.util.List;

/** Every date and every time mention found in one line. */
public record LineTimes(List<CalendarDate> dates, List<TimeMention> mentions) {

    public LineTimes {
        dates = List.copyOf(dates);
        mentions = List.copyOf(mentions);
    }
}
