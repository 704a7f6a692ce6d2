package dev.aftermath.analysis;

import java.time.Duration;

/**
 * Durations as Aftermath writes them everywhere a person reads one (the desktop, the timeline and its pictures,
 * presentation mode, exports, drafted sentences, the command line): "45 s", "33 min", "1 h 05 min", "2 d 03 h".
 * Seconds only under a minute; minutes are rounded to the nearest one, and from a day on hours to the nearest one.
 * One place, so that every screen and document of an incident gives the same figure.
 */
public final class DurationWords {

    private static final String MINUS = "−";

    private DurationWords() {
    }

    public static String of(Duration duration) {
        return words(duration, " min", " h");
    }

    /**
     * The same figure where space is short, as on a narrow phase band: the second number's unit, always the next
     * smaller one, is left out ("1 h 05", "2 d 03"); under an hour it is {@link #of}.
     */
    public static String compact(Duration duration) {
        return words(duration, "", "");
    }

    private static String words(Duration duration, String minuteUnit, String hourUnit) {
        String sign = duration.isNegative() ? MINUS : "";
        long seconds = duration.abs().getSeconds();
        if (seconds < 60) {
            return sign + seconds + " s";
        }
        long minutes = (seconds + 30) / 60;
        if (minutes < 60) {
            return sign + minutes + " min";
        }
        if (minutes < 24 * 60) {
            return sign + minutes / 60 + " h " + twoDigits(minutes % 60) + minuteUnit;
        }
        long hours = (minutes + 30) / 60;
        return sign + hours / 24 + " d " + twoDigits(hours % 24) + hourUnit;
    }

    /** Without String.format: the timeline writes durations on every frame. */
    private static String twoDigits(long number) {
        return number < 10 ? "0" + number : Long.toString(number);
    }
}
