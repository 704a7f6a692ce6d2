package dev.aftermath.timeline;

import java.util.List;

/**
 * The ticks of the visible time window.
 *
 * @param stepMillis the nominal distance between major ticks (a day is 86,400,000 even across a DST change)
 * @param zoneLabel the zone the labels are in, e.g. {@code Europe/Zurich (UTC+02:00 → UTC+01:00)}
 */
public record TickPlan(List<Tick> major, List<Long> minorMillis, long stepMillis, String zoneLabel) {

    public TickPlan {
        major = List.copyOf(major);
        minorMillis = List.copyOf(minorMillis);
    }
}
