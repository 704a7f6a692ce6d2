package dev.aftermath.timeline;

import java.time.Duration;

/** Durations as people say them in a review: {@code 45 s}, {@code 32 min}, {@code 1 h 28 min}, {@code 2 d 3 h}. */
public final class DurationText {

    private DurationText() {
    }

    /** Two units at most, the smaller one left out when zero; rounded down to the smaller unit. */
    public static String compact(Duration duration) {
        long seconds = Math.abs(duration.toSeconds());
        String sign = duration.isNegative() ? "-" : "";
        if (seconds < 60) {
            return sign + seconds + " s";
        }
        long minutes = seconds / 60;
        if (minutes < 60) {
            return sign + minutes + " min";
        }
        long hours = minutes / 60;
        if (hours < 24) {
            return sign + hours + " h" + (minutes % 60 == 0 ? "" : " " + minutes % 60 + " min");
        }
        long days = hours / 24;
        return sign + days + " d" + (hours % 24 == 0 ? "" : " " + hours % 24 + " h");
    }
}
